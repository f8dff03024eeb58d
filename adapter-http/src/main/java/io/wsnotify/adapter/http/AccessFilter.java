package io.wsnotify.adapter.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import io.wsnotify.application.AccessPolicy;
import io.wsnotify.application.access.AccessDecision;
import io.wsnotify.application.access.AccessRequest;
import io.wsnotify.application.access.Credential;
import io.wsnotify.wire.BearerToken;
import java.util.List;

/**
 * Bearer-token access (DESIGN §6): reads (GET, HEAD: REST reads, {@code /events}, the WebSocket
 * handshake) are asked of the {@link AccessPolicy} as reads, everything else as publishes, with the
 * token given as {@code Authorization: Bearer <token>} or {@code ?token=}. Docs, the OpenAPI
 * document, health, the dashboard's files and CORS preflights are open. A refusal is a 401 or 403
 * problem ({@link AccessRefusal}). Tokens are never logged.
 *
 * <p>The request's {@link Credential} is kept in its context for routes that decide again once
 * they have read what they are asked (the log's {@code client_id} and {@code topics}).
 */
final class AccessFilter implements Filter {
    private static final List<String> OPEN_PREFIXES =
            List.of("/docs", "/redoc", "/openapi", "/observe/health", "/web/");
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
        Credential credential = access.identify(presentedToken(req));
        boolean read = method.equals(Method.GET) || method.equals(Method.HEAD);
        AccessDecision decision = access.decide(credential, read ? AccessRequest.read() : AccessRequest.publish());
        if (decision instanceof AccessDecision.Allowed) {
            req.context().register(new RequestCredential(credential));
            chain.proceed();
            return;
        }
        ProblemResponse.send(req, res, AccessRefusal.of(decision));
    }

    /** The credential the filter found for {@code req}; anonymous when the filter did not look (an open path). */
    static Credential credentialOf(ServerRequest req) {
        return req.context()
                .get(RequestCredential.class)
                .map(RequestCredential::credential)
                .orElse(Credential.anonymous());
    }

    private static String presentedToken(RoutingRequest req) {
        return BearerToken.presented(
                req.headers().first(HeaderNames.AUTHORIZATION).orElse(null), queryToken(req));
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

    /** The credential of one request, as kept in its context. */
    private record RequestCredential(Credential credential) {}
}
