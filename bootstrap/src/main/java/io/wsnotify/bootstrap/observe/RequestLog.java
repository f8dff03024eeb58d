package io.wsnotify.bootstrap.observe;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.wsnotify.adapter.http.RequestObserver;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The access log: one structured line per HTTP request on logger {@code io.wsnotify.requests}:
 * {@code method=GET route=/tasks/{id} path=/tasks/3 status=200 duration_ms=1.42}.
 *
 * <p>As a filter registered before the HTTP adapter it remembers the request's path (never its
 * query, which may carry a token) for the observer call that follows on the same thread.
 */
public final class RequestLog implements Filter, RequestObserver {
    static final String LOGGER_NAME = "io.wsnotify.requests";
    private static final Logger LOG = Logger.getLogger(LOGGER_NAME);

    private final ThreadLocal<String> currentPath = new ThreadLocal<>();

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        currentPath.set(req.path().rawPath());
        try {
            chain.proceed();
        } finally {
            currentPath.remove();
        }
    }

    /** One log line; the path as sent (still percent-encoded, never the query), control characters escaped. */
    static String line(String method, String route, String rawPath, int status, long durationNanos) {
        return String.format(
                Locale.ROOT,
                "method=%s route=%s path=%s status=%d duration_ms=%.2f",
                method,
                route,
                rawPath == null ? "-" : printable(rawPath),
                status,
                durationNanos / 1e6);
    }

    private static String printable(String rawPath) {
        StringBuilder out = new StringBuilder(rawPath.length());
        rawPath.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || c == ' ') {
                out.append(String.format(Locale.ROOT, "%%%02X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    @Override
    public void observed(String method, String route, int status, long durationNanos) {
        if (!LOG.isLoggable(Level.INFO)) {
            return;
        }
        LOG.info(line(method, route, currentPath.get(), status, durationNanos));
    }
}
