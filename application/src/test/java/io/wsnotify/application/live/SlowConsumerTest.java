package io.wsnotify.application.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.application.CoreSettings;
import io.wsnotify.application.CustomNotification;
import io.wsnotify.application.NotificationUseCases;
import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.application.testing.BlockingSink;
import io.wsnotify.application.testing.CollectingSink;
import io.wsnotify.application.testing.TestCores;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.Topic;
import io.wsnotify.testsupport.Await;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** DESIGN §5: a client never slows down another or a publisher; a laggard is ended with its resume seq. */
class SlowConsumerTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final BlockingSink slow = new BlockingSink();
    private NotifyCore<Object> core = TestCores.over(new InMemoryStore(), TestCores.settings(4, 1000));

    @AfterEach
    void close() {
        slow.release();
        core.close();
    }

    private <S extends CollectingSink> S subscribe(S sink, Set<Topic> topics) {
        return CollectingSink.subscribe(
                core, new SubscriptionRequest(new ClientId("c"), topics, OptionalLong.empty()), sink);
    }

    /** Publishes {@code count} tasks, each time waiting until {@code keepingUp} (if any) has it. */
    private void publish(int count, CollectingSink keepingUp) {
        assertTimeoutPreemptively(
                WAIT,
                () -> {
                    for (int i = 0; i < count; i++) {
                        var created = core.tasks().create(new TaskName("t" + i), null);
                        if (keepingUp != null) {
                            keepingUp.awaitSeq(created.notification().seq(), WAIT);
                        }
                    }
                },
                "publishers must never wait for a slow subscriber");
    }

    @Test
    void aBlockedSubscriberIsEndedWhilePublishersAndOthersCarryOn() throws Exception {
        CollectingSink fast = subscribe(new CollectingSink(), Set.of());
        subscribe(slow, Set.of());
        core.tasks().create(new TaskName("first"), null);
        slow.awaitBlocked();

        publish(20, fast);

        EndReason reason = slow.awaitEnd(WAIT);
        assertEquals(EndReason.Kind.SLOW_CONSUMER, reason.kind());
        assertEquals(0, reason.lastDeliveredSeq(), "seq 1 is still being written: nothing was delivered");
        assertEquals("slow consumer; resume with since=0", reason.description());
        assertEquals(1, core.live().stats().slowConsumerDisconnects());
        assertEquals(
                1,
                core.notifications()
                        .publish(new CustomNotification("only fast", null, null, null, null, null, null))
                        .recipients());
        fast.awaitSeq(22, WAIT);
        assertEquals(LongStream.rangeClosed(1, 22).boxed().toList(), fast.seqs());
        assertEquals(List.of(1L), slow.seqs());
    }

    @Test
    void aWriteThatCompletesAfterTheEndMovesTheSeqToResumeFrom() throws Exception {
        subscribe(slow, Set.of());
        core.tasks().create(new TaskName("first"), null);
        slow.awaitBlocked();
        publish(10, null);
        assertEquals(0, slow.awaitEnd(WAIT).lastDeliveredSeq());
        slow.release();
        Await.until(
                "the transport, closing after the write, names seq 1",
                WAIT,
                () -> slow.subscription().lastDeliveredSeq() == 1);
        assertEquals(List.of(1L), slow.completed());
    }

    @Test
    void aConnectionOverItsByteLimitIsEndedToo() throws Exception {
        core.close();
        core = TestCores.over(
                new InMemoryStore(),
                new CoreSettings(
                        new QueueLimits(1000, 2_000), new NotificationUseCases.Retention(1000, Duration.ofDays(1))));
        subscribe(slow, Set.of());
        core.tasks().create(new TaskName("first"), null);
        slow.awaitBlocked();
        publish(30, null);
        assertEquals(EndReason.Kind.SLOW_CONSUMER, slow.awaitEnd(WAIT).kind());
    }

    @Test
    void onlyTheFramesAConnectionWantsCountAgainstItsBound() throws Exception {
        subscribe(slow, Set.of(Topic.CUSTOM));
        core.notifications().publish(new CustomNotification("blocks", null, null, null, null, null, null));
        slow.awaitBlocked();
        publish(50, null);
        Await.until("the follower to read all", WAIT, () -> core.live().stats().published() == 51);
        assertTrue(!slow.hasEnded(), "50 task notifications it does not want leave it within its bound of 4");
    }

    @Test
    void aSubscriberThatKeepsUpIsNeverEnded() throws Exception {
        CollectingSink keepsUp = subscribe(new CollectingSink(), Set.of());
        for (int i = 1; i <= 200; i++) {
            core.tasks().create(new TaskName("t" + i), null);
            keepsUp.awaitSeq(i, WAIT);
        }
        assertTrue(!keepsUp.hasEnded());
        assertEquals(0, core.live().stats().slowConsumerDisconnects());
    }
}
