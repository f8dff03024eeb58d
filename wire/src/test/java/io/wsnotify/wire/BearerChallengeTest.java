package io.wsnotify.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.application.access.Denial;
import io.wsnotify.domain.TokenProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** WWW-Authenticate values (RFC 6750) that any client can parse: quoted, plain ASCII descriptions. */
class BearerChallengeTest {

    @Test
    void noTokenGetsTheBareChallenge() {
        assertEquals("Bearer realm=\"websockets-notify\"", BearerChallenge.unauthorized(TokenProblem.MISSING));
    }

    @Test
    void aRefusedTokenGetsInvalidTokenWithItsReason() {
        assertEquals(
                "Bearer realm=\"websockets-notify\", error=\"invalid_token\", error_description=\"the token has expired\"",
                BearerChallenge.unauthorized(TokenProblem.EXPIRED));
    }

    @Test
    void aDenialGetsInsufficientScope() {
        assertTrue(BearerChallenge.forbidden(Denial.MISSING_SCOPE).contains("error=\"insufficient_scope\""));
    }

    @ParameterizedTest
    @EnumSource(TokenProblem.class)
    void everyDescriptionFitsAQuotedHeaderParameter(TokenProblem problem) {
        assertTrue(BearerChallenge.describe(problem).matches("[ -~&&[^\"\\\\]]+"), problem.name());
    }

    @ParameterizedTest
    @EnumSource(Denial.class)
    void everyDenialDescriptionFitsAQuotedHeaderParameter(Denial denial) {
        assertTrue(BearerChallenge.describe(denial).matches("[ -~&&[^\"\\\\]]+"), denial.name());
    }
}
