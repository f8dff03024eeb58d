package io.wsnotify.application.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.application.CustomNotification;
import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.Recorded;
import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.application.testing.CollectingSink;
import io.wsnotify.application.testing.TestCores;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.Topic;
import io.wsnotify.domain.Visibility;
import io.wsnotify.testsupport.Await;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiveDeliveryTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final NotifyCore<Object> core = TestCores.over(new InMemoryStore());

    @AfterEach
    void close() {
        core.close();
    }

    private CollectingSink subscribe(String client, Set<Topic> topics) {
        return CollectingSink.subscribe(
                core, new SubscriptionRequest(new ClientId(client), topics, OptionalLong.empty()));
    }

    private Recorded<Notification> custom(String message, String topic, String to) {
        return core.notifications()
                .publish(new CustomNotification(
                        message,
                        null,
                        null,
                        topic == null ? null : new Topic(topic),
                        to == null ? null : new ClientId(to),
                        null,
                        null));
    }

    @Test
    void deliversLiveNotificationsInSeqOrderAsTheFollowerRenderedThem() throws Exception {
        CollectingSink sink = subscribe("me", Set.of());
        for (int i = 1; i <= 50; i++) {
            core.tasks().create(new TaskName("task " + i), null);
        }
        sink.awaitSeq(50, WAIT);
        assertEquals(LongStream.rangeClosed(1, 50).boxed().toList(), sink.seqs());
        Notification first = (Notification) sink.payloads().getFirst();
        assertEquals("New task task 1 created", first.content().message());
    }

    @Test
    void everyConnectionGetsTheOneFrameTheFollowerRendered() throws Exception {
        CollectingSink one = subscribe("one", Set.of());
        CollectingSink two = subscribe("two", Set.of());
        custom("shared", null, null);
        one.awaitSeq(1, WAIT);
        two.awaitSeq(1, WAIT);
        assertSame(one.payloads().getFirst(), two.payloads().getFirst(), "rendered once, shared by every connection");
    }

    @Test
    void startsLiveWithoutReplayingTheLog() throws Exception {
        core.tasks().create(new TaskName("before"), null);
        awaitFollowerAt(1);
        CollectingSink sink = subscribe("me", Set.of());
        core.tasks().create(new TaskName("after"), null);
        sink.awaitSeq(2, WAIT);
        assertEquals(List.of(2L), sink.seqs());
    }

    @Test
    void deliversOnlyTheTopicsAsked() throws Exception {
        CollectingSink customOnly = subscribe("me", Set.of(Topic.CUSTOM, new Topic("ops")));
        core.tasks().create(new TaskName("t"), null);
        custom("one", null, null);
        custom("two", "ops", null);
        custom("three", "other", null);
        custom("four", null, null);
        customOnly.awaitSeq(5, WAIT);
        assertEquals(List.of(2L, 3L, 5L), customOnly.seqs());
    }

    @Test
    void targetedNotificationsReachEveryConnectionOfThatClientOnly() throws Exception {
        CollectingSink aliceTab = subscribe("alice", Set.of());
        CollectingSink alicePhone = subscribe("alice", Set.of());
        CollectingSink bob = subscribe("bob", Set.of());
        assertEquals(2, custom("for alice", null, "alice").recipients());
        assertEquals(3, custom("for all", null, null).recipients());
        aliceTab.awaitSeq(2, WAIT);
        alicePhone.awaitSeq(2, WAIT);
        bob.awaitSeq(2, WAIT);
        assertEquals(List.of(1L, 2L), aliceTab.seqs());
        assertEquals(List.of(1L, 2L), alicePhone.seqs());
        assertEquals(List.of(2L), bob.seqs());
    }

    @Test
    void aConnectionThatSeesOnlyUntargetedOnesGetsNoneAddressedToItsName() throws Exception {
        CollectingSink claimsAlice = CollectingSink.subscribe(
                core,
                new SubscriptionRequest(
                        new ClientId("alice"), Set.of(), OptionalLong.empty(), Visibility.untargetedOnly()));
        assertEquals(0, custom("for alice", null, "alice").recipients());
        custom("for all", null, null);
        claimsAlice.awaitSeq(2, WAIT);
        assertEquals(List.of(2L), claimsAlice.seqs());
    }

    @Test
    void recipientsCountTheConnectionsANotificationGoesTo() {
        assertEquals(0, custom("nobody listens", null, null).recipients());
        subscribe("a", Set.of(Topic.TASKS));
        subscribe("b", Set.of());
        subscribe("c", Set.of(Topic.CUSTOM));
        assertEquals(2, custom("x", null, null).recipients());
        assertEquals(1, custom("y", "elsewhere", null).recipients());
    }

    @Test
    void cancelStopsDeliveryAndDropsTheConnection() throws Exception {
        CollectingSink kept = subscribe("kept", Set.of());
        CollectingSink gone = subscribe("gone", Set.of());
        custom("one", null, null);
        gone.awaitSeq(1, WAIT);
        Subscription<Object> cancelled = gone.subscription();
        Await.until("seq 1 recorded as delivered", WAIT, () -> cancelled.lastDeliveredSeq() == 1);
        cancelled.cancel();
        cancelled.cancel();
        assertEquals(1, custom("two", null, null).recipients());
        kept.awaitSeq(2, WAIT);
        assertEquals(List.of(1L), gone.seqs());
        assertTrue(cancelled.isEnded());
        assertTrue(!gone.hasEnded(), "a cancelled connection is not told to end: it is gone already");
    }

    @Test
    void countsPublishedAndDelivered() throws Exception {
        CollectingSink sink = subscribe("me", Set.of());
        custom("one", null, null);
        custom("two", null, null);
        sink.awaitSeq(2, WAIT);
        Await.until("2 deliveries counted", WAIT, () -> core.live().stats().deliveries() == 2);
        assertEquals(2, core.live().stats().published());
        assertEquals(
                2, LongStream.of(core.live().stats().latency().bucketCounts()).sum());
    }

    private void awaitFollowerAt(long seq) {
        Await.until(
                "the follower to read seq " + seq,
                WAIT,
                () -> core.live().stats().published() >= seq);
    }
}
