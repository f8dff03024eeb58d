package io.wsnotify.application.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.wsnotify.application.AccessPolicy;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.Visibility;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who sees targeted notifications (DESIGN §6): with signed tokens on, only the signed token of their
 * subject, and in the log also publish credentials; with them off, whoever names the client.
 */
class TargetingRulesTest {
    private static final ClientId ALICE = new ClientId("alice");

    private final AccessPolicy withSignedTokens = new AccessPolicy(
            "pub",
            "sub",
            new FakeVerifier().valid("alice-reader", "alice", "subscribe").valid("app-writer", "app", "publish"));
    private final AccessPolicy openReadsWithSignedTokens = new AccessPolicy("pub", null, new FakeVerifier());
    private final AccessPolicy staticOnly = new AccessPolicy("pub", "sub");

    @Test
    void aSignedTokenSeesWhatIsAddressedToItsSubjectInTheLogAndLive() {
        assertEquals(
                Visibility.addressedTo(ALICE),
                visibility(withSignedTokens, "alice-reader", AccessRequest.readLog(null, Set.of())));
        assertEquals(
                Visibility.addressedTo(ALICE),
                visibility(withSignedTokens, "alice-reader", AccessRequest.subscribe(ALICE, Set.of())));
    }

    @Test
    void publishCredentialsSeeEveryTargetedNotificationInTheLogButNotLive() {
        assertEquals(
                Visibility.everything(),
                visibility(withSignedTokens, "app-writer", AccessRequest.readLog(null, Set.of())));
        assertEquals(
                Visibility.everything(), visibility(withSignedTokens, "pub", AccessRequest.readLog(ALICE, Set.of())));
        assertEquals(
                Visibility.addressedTo(new ClientId("app")),
                visibility(withSignedTokens, "app-writer", AccessRequest.subscribe(null, Set.of())));
        assertEquals(
                Visibility.untargetedOnly(),
                visibility(withSignedTokens, "pub", AccessRequest.subscribe(ALICE, Set.of())));
    }

    @Test
    void aStaticTokenCallingItselfAliceSeesUntargetedOnly() {
        assertEquals(
                Visibility.untargetedOnly(),
                visibility(withSignedTokens, "sub", AccessRequest.readLog(ALICE, Set.of())));
        assertEquals(
                Visibility.untargetedOnly(),
                visibility(withSignedTokens, "sub", AccessRequest.subscribe(ALICE, Set.of())));
        assertEquals(
                ALICE,
                allowed(withSignedTokens, "sub", AccessRequest.subscribe(ALICE, Set.of()))
                        .client(),
                "the connection keeps the name it asked for");
    }

    @Test
    void anAnonymousReaderCallingItselfAliceSeesUntargetedOnly() {
        assertEquals(
                Visibility.untargetedOnly(),
                visibility(openReadsWithSignedTokens, null, AccessRequest.readLog(ALICE, Set.of())));
        assertEquals(
                Visibility.untargetedOnly(),
                visibility(openReadsWithSignedTokens, null, AccessRequest.subscribe(ALICE, Set.of())));
    }

    @Test
    void withoutSignedTokensAClientIdIsSelfAssertedAsBefore() {
        assertEquals(
                Visibility.addressedTo(ALICE), visibility(staticOnly, "sub", AccessRequest.readLog(ALICE, Set.of())));
        assertEquals(
                Visibility.addressedTo(ALICE), visibility(staticOnly, "pub", AccessRequest.subscribe(ALICE, Set.of())));
        assertEquals(
                Visibility.addressedTo(ALICE),
                visibility(AccessPolicy.open(), null, AccessRequest.readLog(ALICE, Set.of())));
        assertEquals(Visibility.untargetedOnly(), visibility(staticOnly, "pub", AccessRequest.readLog(null, Set.of())));
        assertEquals(
                Visibility.untargetedOnly(),
                visibility(AccessPolicy.open(), null, AccessRequest.subscribe(null, Set.of())));
    }

    private static Visibility visibility(AccessPolicy policy, String token, AccessRequest request) {
        return allowed(policy, token, request).visibility();
    }

    private static AccessDecision.Allowed allowed(AccessPolicy policy, String token, AccessRequest request) {
        return assertInstanceOf(AccessDecision.Allowed.class, policy.decide(token, request));
    }
}
