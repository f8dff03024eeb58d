package io.wsnotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.application.AccessPolicy;
import io.wsnotify.domain.TokenProblem;
import io.wsnotify.domain.TokenVerdict;
import org.junit.jupiter.api.Test;

class AccessWarningsTest {
    @Test
    void warnsWhenEitherSideIsOpenAndNamesTheVariable() {
        assertTrue(AccessWarnings.message(AccessPolicy.open()).orElseThrow().contains("Security is off"));
        assertTrue(AccessWarnings.message(new AccessPolicy(null, "s"))
                .orElseThrow()
                .contains("NOTIFY_SECURITY_PUBLISH_TOKEN"));
        assertTrue(AccessWarnings.message(new AccessPolicy("p", null))
                .orElseThrow()
                .contains("NOTIFY_SECURITY_SUBSCRIBE_TOKEN"));
    }

    @Test
    void staysQuietWhenBothTokensAreSetAndNeverShowsThem() {
        assertTrue(
                AccessWarnings.message(new AccessPolicy("p-secret", "s-secret")).isEmpty());
        assertFalse(AccessWarnings.message(new AccessPolicy(null, "s-secret"))
                .orElseThrow()
                .contains("s-secret"));
    }

    @Test
    void summarisesWhichKindsOfTokenAreOnWithoutTheirValues() {
        String summary = AccessWarnings.summary(new AccessPolicy("p-secret", null), "HS256 secret; issuer checked");
        assertEquals(
                "Access: publish token on, subscribe token off, signed tokens (JWT) HS256 secret; issuer checked",
                summary);
        assertFalse(summary.contains("p-secret"));
    }

    @Test
    void signedTokensCloseThePublishingSide() {
        AccessPolicy jwtOnly = new AccessPolicy(null, null, token -> new TokenVerdict.Refused(TokenProblem.MALFORMED));
        assertTrue(AccessWarnings.message(jwtOnly).orElseThrow().startsWith("Subscribing is open"));
    }
}
