package io.wsnotify.adapter.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.wsnotify.domain.TokenClaims;
import io.wsnotify.domain.TokenProblem;
import io.wsnotify.domain.TokenVerdict;

/** Assertions on a verifier's verdict. */
final class Verdicts {
    private Verdicts() {}

    static TokenClaims assertValid(TokenVerdict verdict) {
        return assertInstanceOf(TokenVerdict.Valid.class, verdict, () -> "expected a valid token, got " + verdict)
                .claims();
    }

    static void assertRefused(TokenProblem problem, TokenVerdict verdict) {
        assertEquals(new TokenVerdict.Refused(problem), verdict);
    }
}
