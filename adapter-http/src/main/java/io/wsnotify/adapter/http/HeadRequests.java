package io.wsnotify.adapter.http;

import io.helidon.http.HttpPrologue;
import io.helidon.http.Method;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;

/**
 * HEAD on every GET route (issue 12.4): the request is served as the GET it asks about (so every
 * route, ours and Helidon's health, metrics and static files alike, answers it with the same status
 * and headers) with the body dropped and its length kept ({@link HeadAnswer}). {@code /events} is
 * the exception: its GET never ends, so its HEAD stays a HEAD, for {@link EventStreamHead}.
 *
 * <p>Only on the adapter's own connections ({@link HttpAdapter#configure}), whose send listener
 * writes the right {@code Content-Length}. A route that refuses the method names HEAD, not GET
 * ({@link #requestedMethod}).
 */
final class HeadRequests implements Filter {
    /** Marks, in the request context, a HEAD served as a GET. */
    private record ServedAsGet() {}

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        Optional<GuardedContext> connection = CurrentConnection.find(req)
                .filter(GuardedContext.class::isInstance)
                .map(GuardedContext.class::cast);
        if (!req.prologue().method().equals(Method.HEAD) || connection.isEmpty()) {
            chain.proceed();
            return;
        }
        HeadAnswer answer = new HeadAnswer();
        connection.get().headAnswer(answer);
        req.context().register(answer);
        res.streamFilter(answer::dropBody);
        if (ApiPaths.templateOf(req.prologue().uriPath().path())
                .filter(ApiPaths.EVENTS::equals)
                .isEmpty()) {
            req.context().register(new ServedAsGet());
            req.prologue(asGet(req.prologue()));
        }
        chain.proceed();
    }

    /** The method the client sent: HEAD for a HEAD served as a GET. */
    static String requestedMethod(ServerRequest req) {
        return req.context().get(ServedAsGet.class).isPresent()
                ? Method.HEAD.text()
                : req.prologue().method().text();
    }

    private static HttpPrologue asGet(HttpPrologue head) {
        return HttpPrologue.create(
                head.rawProtocol(),
                head.protocol(),
                head.protocolVersion(),
                Method.GET,
                head.uriPath(),
                head.query(),
                head.fragment());
    }
}
