package io.wsnotify.adapter.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.util.List;
import java.util.Optional;

/**
 * CORS for browsers on other origins. An allowed Origin gets {@code Access-Control-Allow-Origin}
 * and the exposed headers ({@code Notify-Seq}, {@code Location}) on every response; preflight
 * {@code OPTIONS} is answered here (204) with the methods and headers the API takes. An Origin
 * outside the list gets no CORS headers, and its preflight is refused (403).
 */
final class CorsFilter implements Filter {
    static final String METHODS = "GET, POST, PUT, DELETE, OPTIONS";
    static final String HEADERS = "Authorization, Content-Type, Last-Event-ID";
    static final String EXPOSED = "Notify-Seq, Location";
    static final String MAX_AGE_SECONDS = "600";

    private final List<String> allowedOrigins;
    private final boolean anyOrigin;

    CorsFilter(List<String> allowedOrigins) {
        this.allowedOrigins = List.copyOf(allowedOrigins);
        this.anyOrigin = allowedOrigins.contains("*");
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        boolean preflight = req.prologue().method().equals(Method.OPTIONS);
        Optional<String> origin = req.headers().first(HeaderNames.ORIGIN);
        if (origin.isPresent() && !allows(origin.get())) {
            if (preflight) {
                ProblemResponse.send(req, res, new Problem(403, "Origin " + origin.get() + " is not allowed"));
            } else {
                chain.proceed();
            }
            return;
        }
        if (origin.isPresent()) {
            res.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, anyOrigin ? "*" : origin.get());
            if (!anyOrigin) {
                res.header(HeaderNames.VARY, "Origin");
            }
        }
        if (preflight) {
            res.header(HeaderNames.ALLOW, METHODS);
            res.header(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, METHODS);
            res.header(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, HEADERS);
            res.header(HeaderNames.ACCESS_CONTROL_MAX_AGE, MAX_AGE_SECONDS);
            res.status(Status.NO_CONTENT_204).send();
            return;
        }
        if (origin.isPresent()) {
            res.header(HeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        }
        chain.proceed();
    }

    private boolean allows(String origin) {
        return anyOrigin || allowedOrigins.contains(origin);
    }
}
