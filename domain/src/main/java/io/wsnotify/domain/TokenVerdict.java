package io.wsnotify.domain;

import java.util.Objects;

/** What a {@link io.wsnotify.domain.port.TokenVerifier} made of a token: its claims, or why it was refused. */
public sealed interface TokenVerdict {
    /** The token is genuine, current and meant for this service. */
    record Valid(TokenClaims claims) implements TokenVerdict {
        public Valid {
            Objects.requireNonNull(claims, "claims");
        }
    }

    /** The token cannot be used, for {@code problem}. */
    record Refused(TokenProblem problem) implements TokenVerdict {
        public Refused {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
