package io.wsnotify.adapter.jwt;

import com.nimbusds.jwt.JWTClaimsSet;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.InvalidValueException;
import io.wsnotify.domain.Scope;
import io.wsnotify.domain.TokenClaims;
import io.wsnotify.domain.TokenProblem;
import io.wsnotify.domain.Topic;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads our claims (DESIGN §6) from a checked claims set: {@code sub} (required, a client id),
 * {@code scope} (optional, a space-separated string) and {@code topics} (optional, a non-empty
 * array of topics).
 */
final class BearerClaims {
    private BearerClaims() {}

    static TokenClaims read(JWTClaimsSet claims) throws Refusal {
        Object subject = claims.getClaim("sub");
        if (subject == null) {
            throw new Refusal(TokenProblem.MISSING_CLAIM);
        }
        try {
            return new TokenClaims(
                    new ClientId(text(subject)), scopes(claims.getClaim("scope")), topics(claims.getClaim("topics")));
        } catch (InvalidValueException e) {
            throw new Refusal(TokenProblem.INVALID_CLAIM);
        }
    }

    private static Set<Scope> scopes(Object value) throws Refusal {
        return value == null ? Set.of() : Scope.parseList(text(value));
    }

    private static Set<Topic> topics(Object value) throws Refusal {
        if (value == null) {
            return Set.of();
        }
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new Refusal(TokenProblem.INVALID_CLAIM);
        }
        Set<Topic> topics = new LinkedHashSet<>();
        for (Object entry : list) {
            topics.add(new Topic(text(entry)));
        }
        return topics;
    }

    private static String text(Object value) throws Refusal {
        if (value instanceof String text) {
            return text;
        }
        throw new Refusal(TokenProblem.INVALID_CLAIM);
    }
}
