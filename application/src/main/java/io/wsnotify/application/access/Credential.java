package io.wsnotify.application.access;

import io.wsnotify.domain.TokenClaims;
import io.wsnotify.domain.TokenProblem;
import java.util.Objects;

/**
 * What the bearer token a request presents is (DESIGN §6): none, one of the two static tokens, a
 * verified signed token (JWT) with its claims, or a token refused for a reason. Made by
 * {@link io.wsnotify.application.AccessPolicy#identify}; a transport keeps it for the life of a
 * request or connection and asks {@link io.wsnotify.application.AccessPolicy#decide} with it.
 */
public sealed interface Credential {

    static Credential anonymous() {
        return Anonymous.INSTANCE;
    }

    /** No token was presented (or security is off entirely, where a token means nothing). */
    enum Anonymous implements Credential {
        INSTANCE
    }

    /** The static subscribe token: reads and streams; the client id it asks for is self-asserted. */
    enum SubscribeToken implements Credential {
        INSTANCE
    }

    /** The static publish token: changes, and reads acting for the application. */
    enum PublishToken implements Credential {
        INSTANCE
    }

    /** A verified signed token: its bearer is {@code claims.subject()}, with the claims' scopes and topics. */
    record SignedToken(TokenClaims claims) implements Credential {
        public SignedToken {
            Objects.requireNonNull(claims, "claims");
        }
    }

    /** A token was presented and cannot be used, for {@code problem}. */
    record Refused(TokenProblem problem) implements Credential {
        public Refused {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
