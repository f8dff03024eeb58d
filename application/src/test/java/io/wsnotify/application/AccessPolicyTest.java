package io.wsnotify.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessPolicyTest {

    @Test
    void blankOrMissingTokensLeaveBothSidesOpen() {
        for (AccessPolicy policy : new AccessPolicy[] {AccessPolicy.open(), new AccessPolicy("", "  ")}) {
            assertTrue(policy.publishIsOpen());
            assertTrue(policy.subscribeIsOpen());
            assertTrue(policy.mayPublish(null));
            assertTrue(policy.maySubscribe("anything"));
        }
    }

    @Test
    void publishTokenGuardsChanges() {
        AccessPolicy policy = new AccessPolicy("pub-secret", null);
        assertFalse(policy.publishIsOpen());
        assertTrue(policy.mayPublish("pub-secret"));
        assertFalse(policy.mayPublish(null));
        assertFalse(policy.mayPublish(""));
        assertFalse(policy.mayPublish("pub-secre"));
        assertFalse(policy.mayPublish("pub-secret2"));
        assertFalse(policy.mayPublish("PUB-SECRET"));
    }

    @Test
    void subscribeTokenGuardsReadsAndThePublishTokenGrantsThemToo() {
        AccessPolicy policy = new AccessPolicy("pub", "sub");
        assertFalse(policy.subscribeIsOpen());
        assertTrue(policy.maySubscribe("sub"));
        assertTrue(policy.maySubscribe("pub"));
        assertFalse(policy.maySubscribe(null));
        assertFalse(policy.maySubscribe("wrong"));
    }

    @Test
    void subscribeTokenDoesNotGrantPublishing() {
        AccessPolicy policy = new AccessPolicy("pub", "sub");
        assertFalse(policy.mayPublish("sub"));
    }

    @Test
    void onlySubscribeTokenLeavesPublishingOpen() {
        AccessPolicy policy = new AccessPolicy(null, "sub");
        assertTrue(policy.mayPublish(null));
        assertFalse(policy.maySubscribe(null));
        assertTrue(policy.maySubscribe("sub"));
    }

    @Test
    void acceptsNonAsciiTokens() {
        AccessPolicy policy = new AccessPolicy("clé-ü", null);
        assertTrue(policy.mayPublish("clé-ü"));
        assertFalse(policy.mayPublish("cle-u"));
    }

    @Test
    void printsNoSecret() {
        String text = new AccessPolicy("pub-secret", "sub-secret").toString();
        assertFalse(text.contains("secret"), text);
    }
}
