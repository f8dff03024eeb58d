package io.wsnotify.adapter.http;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Locale;

/**
 * Refuses a path holding an encoded slash ({@code %2F}). Helidon routes the decoded path, so
 * {@code /tasks%2F1} would reach {@code /tasks/{id}} although it names a single segment
 * {@code tasks/1} (RFC 3986: an encoded delimiter is data). No resource has such a name: the
 * answer is a 404 problem, reported to the observer as unmatched.
 */
final class EncodedSlashFilter implements Filter {
    private static final String ENCODED_SLASH = "%2F";

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        String rawPath = req.prologue().uriPath().rawPath();
        if (rawPath.toUpperCase(Locale.ROOT).contains(ENCODED_SLASH)) {
            req.context().register(new MatchedRoute(RequestObserver.UNMATCHED));
            ProblemResponse.send(req, res, new Problem(404, "Nothing is served at this path"));
            return;
        }
        chain.proceed();
    }
}
