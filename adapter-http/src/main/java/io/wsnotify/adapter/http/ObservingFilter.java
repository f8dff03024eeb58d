package io.wsnotify.adapter.http;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells the {@link RequestObserver} about each request once its response has been sent: method,
 * route template, status and duration. The template is the one the answering route recorded,
 * else the API template of the path (requests a filter answered: 401, 413, preflights), else the
 * pattern Helidon matched (docs, health), else {@code unmatched}.
 */
final class ObservingFilter implements Filter {
    private static final System.Logger LOG = System.getLogger(ObservingFilter.class.getName());

    private final RequestObserver observer;

    ObservingFilter(RequestObserver observer) {
        this.observer = observer;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        long start = System.nanoTime();
        String method = req.prologue().method().text(); // before a HEAD is served as a GET
        AtomicBoolean observed = new AtomicBoolean();
        Runnable observe = () -> {
            if (observed.compareAndSet(false, true)) {
                report(method, req, res, System.nanoTime() - start);
            }
        };
        res.whenSent(observe);
        chain.proceed();
        if (res.isSent()) {
            observe.run();
        }
    }

    private void report(String method, RoutingRequest req, RoutingResponse res, long durationNanos) {
        String route = req.context()
                .get(MatchedRoute.class)
                .map(MatchedRoute::template)
                .or(() -> ApiPaths.templateOf(req.prologue().uriPath().path()))
                .or(req::matchingPattern)
                .orElse(RequestObserver.UNMATCHED);
        try {
            observer.observed(method, route, res.status().code(), durationNanos);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Request observer failed", e);
        }
    }
}
