package io.wsnotify.adapter.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.wsnotify.application.AccessPolicy;

import java.util.List;
import java.util.Map;

/**
 * Bearer-token access (DESIGN §6): reads (GET, HEAD: REST reads, {@code /events}, the WebSocket
 * handshake) need the subscribe token, everything else the publish token, given as
 * {@code Authorization: Bearer <token>} or {@code ?token=}. Docs, the OpenAPI document, health,
 * the dashboard's files and CORS preflights are open. A refusal is a 401 problem with
 * {@code WWW-Authenticate}. Tokens are compared by the {@link AccessPolicy} and never logged.
 */
final class AccessFilter implements Filter {
    static final String REALM = "Bearer realm=\"websockets-notify\"";
    private static final List<String> OPEN_PREFIXES = List.of("/docs", "/redoc", "/openapi", "/observe/health", "/web/");
    private static final List<String> OPEN_PATHS = List.of("/", "/web", "/favicon.ico");

    private final AccessPolicy access;

    AccessFilter(AccessPolicy access) {
        this.access = access;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        Method method = req.prologue().method();
        if (method.equals(Method.OPTIONS) || isOpen(req.prologue().uriPath().path())) {
            chain.proceed();
            return;
        }
        String token = presentedToken(req);
        boolean read = method.equals(Method.GET) || method.equals(Method.HEAD);
        if (read ? access.maySubscribe(token) : access.mayPublish(token)) {
            chain.proceed();
            return;
        }
        String challenge = token == null ? REALM : REALM + ", error=\"invalid_token\"";
        String detail = token == null
                ? "This request needs a bearer token: Authorization: Bearer <token>, or ?token="
                : "The token given does not allow this request";
        ProblemResponse.send(req, res, new Problem(401, detail),
                Map.of(HeaderNames.WWW_AUTHENTICATE.defaultCase(), challenge));
    }

    /**
     * The token the request presents, by the core's rule ({@link AccessPolicy#presentedToken});
     * an empty one counts as none, so the client is asked for a token rather than told it is wrong.
     */
    private static String presentedToken(RoutingRequest req) {
        String header = req.headers().first(HeaderNames.AUTHORIZATION).orElse(null);
        String token = AccessPolicy.presentedToken(header, queryToken(req));
        return token == null || token.isEmpty() ? null : token;
    }

    /** {@code ?token=}, or null; a malformed query presents none (the route answers it with a 400). */
    private static String queryToken(RoutingRequest req) {
        try {
            return req.query().first("token").orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isOpen(String path) {
        return OPEN_PATHS.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
