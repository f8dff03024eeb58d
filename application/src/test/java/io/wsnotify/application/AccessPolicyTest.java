package io.wsnotify.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.application.access.AccessDecision;
import io.wsnotify.application.access.AccessRequest;
import io.wsnotify.application.access.Credential;
import io.wsnotify.application.access.Denial;
import io.wsnotify.application.access.FakeVerifier;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.TokenProblem;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a presented token is, and the static tokens' rules (DESIGN §6). */
class AccessPolicyTest {
    private static final ClientId ALICE = new ClientId("alice");

    @Test
    void blankOrMissingTokensLeaveBothSidesOpen() {
        for (AccessPolicy policy : new AccessPolicy[] {AccessPolicy.open(), new AccessPolicy("", "  ")}) {
            assertTrue(policy.publishIsOpen());
            assertTrue(policy.subscribeIsOpen());
            assertAllowed(policy.decide((String) null, AccessRequest.publish()));
            assertAllowed(policy.decide("anything", AccessRequest.read()));
        }
    }

    @Test
    void withSecurityOffATokenMeansNothing() {
        assertEquals(Credential.anonymous(), AccessPolicy.open().identify("some-token"));
    }

    @Test
    void publishTokenGuardsChanges() {
        AccessPolicy policy = new AccessPolicy("pub-secret", null);
        assertFalse(policy.publishIsOpen());
        assertAllowed(policy.decide("pub-secret", AccessRequest.publish()));
        assertUnauthorized(TokenProblem.MISSING, policy.decide((String) null, AccessRequest.publish()));
        assertUnauthorized(TokenProblem.MISSING, policy.decide("", AccessRequest.publish()));
        for (String wrong : new String[] {"pub-secre", "pub-secret2", "PUB-SECRET"}) {
            assertUnauthorized(TokenProblem.WRONG_TOKEN, policy.decide(wrong, AccessRequest.publish()));
        }
    }

    @Test
    void subscribeTokenGuardsReadsAndThePublishTokenGrantsThemToo() {
        AccessPolicy policy = new AccessPolicy("pub", "sub");
        assertFalse(policy.subscribeIsOpen());
        assertEquals(Credential.SubscribeToken.INSTANCE, policy.identify("sub"));
        assertEquals(Credential.PublishToken.INSTANCE, policy.identify("pub"));
        assertAllowed(policy.decide("sub", AccessRequest.read()));
        assertAllowed(policy.decide("pub", AccessRequest.subscribe(ALICE, Set.of())));
        assertUnauthorized(TokenProblem.MISSING, policy.decide((String) null, AccessRequest.read()));
        assertUnauthorized(TokenProblem.WRONG_TOKEN, policy.decide("wrong", AccessRequest.read()));
    }

    @Test
    void subscribeTokenDoesNotGrantPublishingButDoesWherePublishingIsOpen() {
        assertUnauthorized(
                TokenProblem.WRONG_TOKEN, new AccessPolicy("pub", "sub").decide("sub", AccessRequest.publish()));
        assertAllowed(new AccessPolicy(null, "sub").decide("sub", AccessRequest.publish()));
    }

    @Test
    void onlySubscribeTokenLeavesPublishingOpen() {
        AccessPolicy policy = new AccessPolicy(null, "sub");
        assertAllowed(policy.decide((String) null, AccessRequest.publish()));
        assertUnauthorized(TokenProblem.MISSING, policy.decide((String) null, AccessRequest.read()));
    }

    @Test
    void aWrongTokenIsRefusedEvenWhereNoTokenIsNeeded() {
        AccessPolicy policy = new AccessPolicy("pub", null);
        assertAllowed(policy.decide((String) null, AccessRequest.read()));
        assertUnauthorized(TokenProblem.WRONG_TOKEN, policy.decide("typo", AccessRequest.read()));
    }

    @Test
    void acceptsNonAsciiTokens() {
        AccessPolicy policy = new AccessPolicy("clé-ü", null);
        assertAllowed(policy.decide("clé-ü", AccessRequest.publish()));
        assertUnauthorized(TokenProblem.WRONG_TOKEN, policy.decide("cle-u", AccessRequest.publish()));
    }

    @Test
    void staticTokensAreCheckedBeforeTheVerifierWhichSeesOnlyOtherTokens() {
        FakeVerifier verifier = new FakeVerifier().valid("jwt", "alice", "subscribe");
        AccessPolicy policy = new AccessPolicy("pub", "sub", verifier);

        assertEquals(Credential.PublishToken.INSTANCE, policy.identify("pub"));
        assertEquals(Credential.SubscribeToken.INSTANCE, policy.identify("sub"));
        assertEquals(Credential.anonymous(), policy.identify(null));
        Credential.SignedToken signed = assertInstanceOf(Credential.SignedToken.class, policy.identify("jwt"));
        assertEquals(ALICE, signed.claims().subject());
        assertEquals(new Credential.Refused(TokenProblem.MALFORMED), policy.identify("other"));
    }

    @Test
    void aTokenOverEightKibIsRefusedUnread() {
        FakeVerifier verifier = new FakeVerifier();
        AccessPolicy policy = new AccessPolicy(null, null, verifier);

        assertEquals(new Credential.Refused(TokenProblem.TOO_LARGE), policy.identify("x".repeat(8193)));
        assertEquals(new Credential.Refused(TokenProblem.MALFORMED), policy.identify("x".repeat(8192)));
        assertEquals(1, verifier.calls(), "the oversized token never reached the verifier");
    }

    @Test
    void theVerifiersRefusalIsTheReasonOfThe401() {
        AccessPolicy policy = new AccessPolicy(null, null, new FakeVerifier().refused("old", TokenProblem.EXPIRED));
        assertUnauthorized(TokenProblem.EXPIRED, policy.decide("old", AccessRequest.read()));
    }

    @Test
    void signedTokensGuardPublishingAndLeaveReadsOpenUnlessASubscribeTokenIsSet() {
        AccessPolicy jwtOnly = new AccessPolicy(null, null, new FakeVerifier());
        assertTrue(jwtOnly.signedTokensAreOn());
        assertFalse(jwtOnly.publishIsOpen());
        assertTrue(jwtOnly.subscribeIsOpen());
        assertUnauthorized(TokenProblem.MISSING, jwtOnly.decide((String) null, AccessRequest.publish()));
        assertAllowed(jwtOnly.decide((String) null, AccessRequest.read()));
        assertUnauthorized(
                TokenProblem.MISSING,
                new AccessPolicy(null, "sub", new FakeVerifier()).decide((String) null, AccessRequest.read()));
    }

    @Test
    void countsRefusalsByReason() {
        AccessPolicy policy = new AccessPolicy("pub", null, new FakeVerifier().valid("reader", "bob", "subscribe"));
        policy.decide((String) null, AccessRequest.publish());
        policy.decide("garbage", AccessRequest.publish());
        policy.decide("garbage", AccessRequest.read());
        policy.decide("reader", AccessRequest.publish());
        policy.decide("pub", AccessRequest.publish());

        assertEquals(1, policy.refusals().unauthorized(TokenProblem.MISSING));
        assertEquals(2, policy.refusals().unauthorized(TokenProblem.MALFORMED));
        assertEquals(1, policy.refusals().forbidden(Denial.MISSING_SCOPE));
        assertEquals(0, policy.refusals().unauthorized(TokenProblem.WRONG_TOKEN));
    }

    @Test
    void printsNoSecret() {
        String text = new AccessPolicy("pub-secret", "sub-secret").toString();
        assertFalse(text.contains("secret"), text);
    }

    private static void assertAllowed(AccessDecision decision) {
        assertInstanceOf(AccessDecision.Allowed.class, decision);
    }

    private static void assertUnauthorized(TokenProblem problem, AccessDecision decision) {
        assertEquals(new AccessDecision.Unauthorized(problem), decision);
    }
}
