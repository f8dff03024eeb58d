package io.wsnotify.adapter.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
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
 * {@code OPTIONS} is answered here (204) with the methods and headers the API takes.
 *
 * <p>An Origin outside the list gets no CORS headers, its preflight is refused (403), and so is
 * any write it sends (POST, PUT, DELETE…: 403 before the request reaches a route): a browser sends
 * some writes without a preflight (a body without Content-Type, or {@code text/plain}), so CORS
 * headers alone would only hide the answer from the page, not stop the change. A page served by
 * this server itself (Origin equal to the {@code Host} it was asked for) is same-origin and always
 * allowed; reads stay open to any origin, as the bearer tokens guard them.
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
        if (origin.isPresent() && !allows(origin.get()) && !sameOrigin(origin.get(), req)) {
            if (preflight || isWrite(req.prologue().method())) {
                if (req.content().hasEntity()) {
                    res.header(HeaderValues.CONNECTION_CLOSE); // its body is not read
                }
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

    private static boolean isWrite(Method method) {
        return !method.equals(Method.GET) && !method.equals(Method.HEAD) && !method.equals(Method.OPTIONS);
    }

    /** Whether {@code origin} ({@code scheme://host[:port]}) names the host the request was sent to. */
    private static boolean sameOrigin(String origin, RoutingRequest req) {
        int authority = origin.indexOf("://");
        Optional<String> host = req.headers().first(HeaderNames.HOST);
        if (authority < 0 || host.isEmpty()) {
            return false;
        }
        String scheme = origin.substring(0, authority);
        boolean web = scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
        return web
                && origin.substring(authority + 3).equalsIgnoreCase(host.get().strip());
    }
}
