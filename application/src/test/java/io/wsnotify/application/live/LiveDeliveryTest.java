package io.wsnotify.application.live;

import io.wsnotify.application.CustomNotification;
import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.Recorded;
import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.application.testing.CollectingSink;
import io.wsnotify.application.testing.Eventually;
import io.wsnotify.application.testing.MiniJson;
import io.wsnotify.application.testing.TestCores;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.Topic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LiveDeliveryTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final NotifyCore core = TestCores.over(new InMemoryStore());

    @AfterEach
    void close() {
        core.close();
    }

    private Subscription subscribe(String client, Set<Topic> topics, CollectingSink sink) {
        return core.live().subscribe(new SubscriptionRequest(new ClientId(client), topics, OptionalLong.empty()), sink);
    }

    private Recorded<Notification> custom(String message, String topic, String to) {
        return core.notifications().publish(new CustomNotification(message, null, null,
                topic == null ? null : new Topic(topic), to == null ? null : new ClientId(to), null, null));
    }

    @Test
    void deliversLiveNotificationsInSeqOrderAsRenderedEnvelopes() throws Exception {
        CollectingSink sink = new CollectingSink();
        subscribe("me", Set.of(), sink);
        for (int i = 1; i <= 50; i++) {
            core.tasks().create(new TaskName("task " + i), null);
        }
        sink.awaitSeq(50, WAIT);
        assertEquals(LongStream.rangeClosed(1, 50).boxed().toList(), sink.seqs());
        String first = sink.frames().getFirst();
        assertEquals(new BigDecimal(1), MiniJson.object(first).get("seq"));
        assertEquals(core.envelopes().render(core.notifications().read(
                new io.wsnotify.domain.LogQuery(0, null, io.wsnotify.domain.Visibility.untargetedOnly(), 1)).value().getFirst()), first);
    }

    @Test
    void startsLiveWithoutReplayingTheLog() throws Exception {
        core.tasks().create(new TaskName("before"), null);
        CollectingSink sink = new CollectingSink();
        subscribe("me", Set.of(), sink);
        core.tasks().create(new TaskName("after"), null);
        sink.awaitSeq(2, WAIT);
        assertEquals(List.of(2L), sink.seqs());
    }

    @Test
    void deliversOnlyTheTopicsAsked() throws Exception {
        CollectingSink customOnly = new CollectingSink();
        subscribe("me", Set.of(Topic.CUSTOM, new Topic("ops")), customOnly);
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
        CollectingSink aliceTab = new CollectingSink();
        CollectingSink alicePhone = new CollectingSink();
        CollectingSink bob = new CollectingSink();
        subscribe("alice", Set.of(), aliceTab);
        subscribe("alice", Set.of(), alicePhone);
        subscribe("bob", Set.of(), bob);
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
    void recipientsCountTheConnectionsANotificationWasQueuedFor() {
        assertEquals(0, custom("nobody listens", null, null).recipients());
        subscribe("a", Set.of(Topic.TASKS), new CollectingSink());
        subscribe("b", Set.of(), new CollectingSink());
        subscribe("c", Set.of(Topic.CUSTOM), new CollectingSink());
        assertEquals(2, custom("x", null, null).recipients());
        assertEquals(2, core.tasks().create(new TaskName("t"), null).recipients());
        assertEquals(1, custom("y", "elsewhere", null).recipients());
        assertEquals(3, core.live().connectionCount());
    }

    @Test
    void cancelStopsDeliveryAndDropsTheConnection() throws Exception {
        CollectingSink kept = new CollectingSink();
        CollectingSink gone = new CollectingSink();
        subscribe("kept", Set.of(), kept);
        Subscription cancelled = subscribe("gone", Set.of(), gone);
        custom("one", null, null);
        gone.awaitSeq(1, WAIT);
        cancelled.cancel();
        cancelled.cancel();
        assertEquals(1, core.live().connectionCount());
        assertEquals(1, custom("two", null, null).recipients());
        kept.awaitSeq(2, WAIT);
        assertEquals(List.of(1L), gone.seqs());
        Eventually.await(() -> cancelled.lastDeliveredSeq() == 1, WAIT, () -> "seq 1 recorded as delivered");
        assertEquals(false, cancelled.isActive());
    }

    @Test
    void countsPublishedAndDelivered() throws Exception {
        CollectingSink sink = new CollectingSink();
        subscribe("me", Set.of(), sink);
        custom("one", null, null);
        custom("two", null, null);
        sink.awaitSeq(2, WAIT);
        Eventually.await(() -> core.live().stats().deliveries() == 2, WAIT, () -> "2 deliveries counted");
        assertEquals(2, core.live().stats().published());
        assertEquals(2, LongStream.of(core.live().stats().latency().bucketCounts()).sum());
    }
}
