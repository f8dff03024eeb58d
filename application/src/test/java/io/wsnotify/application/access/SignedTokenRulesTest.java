package io.wsnotify.application.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.wsnotify.application.AccessPolicy;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.Topic;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A signed token's claims (DESIGN §6): scope for every operation, its subject as client id, its topics. */
class SignedTokenRulesTest {
    private static final ClientId ALICE = new ClientId("alice");
    private static final ClientId BOB = new ClientId("bob");
    private static final Topic TASKS = Topic.TASKS;
    private static final Topic DEVICES = Topic.DEVICES;

    private final AccessPolicy policy = new AccessPolicy(
            null,
            null,
            new FakeVerifier()
                    .valid("reader", "alice", "subscribe")
                    .valid("writer", "app", "publish")
                    .valid("both", "alice", "subscribe publish")
                    .valid("noscope", "alice", "")
                    .valid("otherscopes", "alice", "openid profile")
                    .valid("tasks-only", "alice", "subscribe", "tasks"));

    @Test
    void publishingNeedsThePublishScope() {
        assertInstanceOf(AccessDecision.Allowed.class, policy.decide("writer", AccessRequest.publish()));
        assertInstanceOf(AccessDecision.Allowed.class, policy.decide("both", AccessRequest.publish()));
        for (String token : new String[] {"reader", "noscope", "otherscopes", "tasks-only"}) {
            assertEquals(
                    new AccessDecision.Forbidden(Denial.MISSING_SCOPE),
                    policy.decide(token, AccessRequest.publish()),
                    token);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Operation.class,
            names = {"READ", "SUBSCRIBE"})
    void readingNeedsEitherScope(Operation operation) {
        AccessRequest request = new AccessRequest(operation, null, Set.of());
        assertInstanceOf(AccessDecision.Allowed.class, policy.decide("reader", request));
        assertInstanceOf(AccessDecision.Allowed.class, policy.decide("writer", request), "publish implies reading");
        assertEquals(new AccessDecision.Forbidden(Denial.MISSING_SCOPE), policy.decide("noscope", request));
        assertEquals(new AccessDecision.Forbidden(Denial.MISSING_SCOPE), policy.decide("otherscopes", request));
    }

    @ParameterizedTest
    @EnumSource(
            value = Operation.class,
            names = {"READ", "SUBSCRIBE"})
    void theSubjectIsTheClientIdAndTheDefaultOne(Operation operation) {
        assertEquals(
                ALICE,
                allowed("reader", new AccessRequest(operation, ALICE, Set.of())).client());
        assertEquals(
                ALICE,
                allowed("reader", new AccessRequest(operation, null, Set.of())).client());
        assertEquals(
                new AccessDecision.Forbidden(Denial.WRONG_SUBJECT),
                policy.decide("reader", new AccessRequest(operation, BOB, Set.of())));
        assertEquals(
                new AccessDecision.Forbidden(Denial.WRONG_SUBJECT),
                policy.decide("writer", new AccessRequest(operation, BOB, Set.of())),
                "publish scope binds too");
    }

    @ParameterizedTest
    @EnumSource(
            value = Operation.class,
            names = {"READ", "SUBSCRIBE"})
    void theTopicsClaimLimitsTopicsAndIsTheDefault(Operation operation) {
        assertEquals(
                Set.of(TASKS),
                allowed("tasks-only", new AccessRequest(operation, null, Set.of()))
                        .topics());
        assertEquals(
                Set.of(TASKS),
                allowed("tasks-only", new AccessRequest(operation, null, Set.of(TASKS)))
                        .topics());
        assertEquals(
                new AccessDecision.Forbidden(Denial.TOPIC_NOT_ALLOWED),
                policy.decide("tasks-only", new AccessRequest(operation, null, Set.of(DEVICES))));
        assertEquals(
                new AccessDecision.Forbidden(Denial.TOPIC_NOT_ALLOWED),
                policy.decide("tasks-only", new AccessRequest(operation, null, Set.of(TASKS, DEVICES))));
    }

    @Test
    void withoutATopicsClaimEveryTopicMayBeAsked() {
        assertEquals(
                Set.of(DEVICES),
                allowed("reader", AccessRequest.subscribe(ALICE, Set.of(DEVICES)))
                        .topics());
        assertEquals(
                Set.of(),
                allowed("reader", AccessRequest.subscribe(ALICE, Set.of())).topics());
    }

    @Test
    void restReadsIgnoreTheTopicsClaim() {
        assertInstanceOf(AccessDecision.Allowed.class, policy.decide("tasks-only", AccessRequest.read()));
    }

    private AccessDecision.Allowed allowed(String token, AccessRequest request) {
        return assertInstanceOf(AccessDecision.Allowed.class, policy.decide(token, request));
    }
}
