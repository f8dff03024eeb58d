package io.wsnotify.bootstrap;

import io.wsnotify.application.AccessPolicy;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessWarningsTest {
    @Test
    void warnsWhenEitherSideIsOpenAndNamesTheVariable() {
        assertTrue(AccessWarnings.message(AccessPolicy.open()).orElseThrow().contains("Security is off"));
        assertTrue(AccessWarnings.message(new AccessPolicy(null, "s")).orElseThrow()
                .contains("NOTIFY_SECURITY_PUBLISH_TOKEN"));
        assertTrue(AccessWarnings.message(new AccessPolicy("p", null)).orElseThrow()
                .contains("NOTIFY_SECURITY_SUBSCRIBE_TOKEN"));
    }

    @Test
    void staysQuietWhenBothTokensAreSetAndNeverShowsThem() {
        assertTrue(AccessWarnings.message(new AccessPolicy("p-secret", "s-secret")).isEmpty());
        assertFalse(AccessWarnings.message(new AccessPolicy(null, "s-secret")).orElseThrow().contains("s-secret"));
    }
}
