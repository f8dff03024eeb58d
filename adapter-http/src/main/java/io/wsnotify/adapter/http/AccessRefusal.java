package io.wsnotify.adapter.http;

import io.helidon.http.HeaderNames;
import io.wsnotify.application.access.AccessDecision;
import io.wsnotify.wire.BearerChallenge;
import java.util.Map;

/**
 * An access refusal as an HTTP answer (DESIGN §6, RFC 6750): 401 with {@code WWW-Authenticate}
 * (the bare challenge when no token was given, {@code invalid_token} and its reason otherwise) or
 * 403 with {@code insufficient_scope}, each a problem whose detail says why without any of the token.
 */
final class AccessRefusal {
    private static final String CHALLENGE = HeaderNames.WWW_AUTHENTICATE.defaultCase();

    private AccessRefusal() {}

    /** The problem for a refusing {@code decision}. */
    static ProblemException of(AccessDecision decision) {
        return switch (decision) {
            case AccessDecision.Unauthorized refused ->
                new ProblemException(
                        new Problem(401, BearerChallenge.detail(refused.problem())),
                        Map.of(CHALLENGE, BearerChallenge.unauthorized(refused.problem())));
            case AccessDecision.Forbidden refused ->
                new ProblemException(
                        new Problem(403, BearerChallenge.detail(refused.denial())),
                        Map.of(CHALLENGE, BearerChallenge.forbidden(refused.denial())));
            case AccessDecision.Allowed allowed -> throw new IllegalArgumentException("not a refusal");
        };
    }

    /** The decision's grant; a refusal is thrown as its problem. */
    static AccessDecision.Allowed require(AccessDecision decision) {
        if (decision instanceof AccessDecision.Allowed allowed) {
            return allowed;
        }
        throw of(decision);
    }
}
