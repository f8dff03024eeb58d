package io.wsnotify.application.live;

import io.wsnotify.application.CoreSettings;
import io.wsnotify.application.NotificationUseCases;
import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.application.testing.BlockingSink;
import io.wsnotify.application.testing.CollectingSink;
import io.wsnotify.application.testing.Eventually;
import io.wsnotify.application.testing.TestCores;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.TaskName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DESIGN §5: a client never slows down another or a publisher; a laggard is ended with its resume seq. */
class SlowConsumerTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final BlockingSink slow = new BlockingSink();
    private NotifyCore core = TestCores.over(new InMemoryStore(), TestCores.settings(4, 1000));

    @AfterEach
    void close() {
        slow.release();
        core.close();
    }

    private Subscription subscribe(CollectingSink sink) {
        return core.live().subscribe(new SubscriptionRequest(new ClientId("c"), Set.of(), OptionalLong.empty()), sink);
    }

    /** Publishes {@code count} tasks, each time waiting until {@code keepingUp} (if any) has it. */
    private List<Integer> publish(int count, CollectingSink keepingUp) {
        List<Integer> recipients = new ArrayList<>();
        assertTimeoutPreemptively(WAIT, () -> {
            for (int i = 0; i < count; i++) {
                var created = core.tasks().create(new TaskName("t" + i), null);
                recipients.add(created.recipients());
                if (keepingUp != null) {
                    keepingUp.awaitSeq(created.notification().seq(), WAIT);
                }
            }
        }, "publishers must never wait for a slow subscriber");
        return recipients;
    }

    @Test
    void aBlockedSubscriberIsEndedWhilePublishersAndOthersCarryOn() throws Exception {
        CollectingSink fast = new CollectingSink();
        subscribe(fast);
        Subscription laggard = subscribe(slow);
        core.tasks().create(new TaskName("first"), null);
        slow.awaitWriteStarted();

        List<Integer> recipients = publish(20, fast);

        assertEquals(List.of(2, 2, 2, 2, 1), recipients.subList(0, 5), "queued for both until the fifth overflowed");
        assertFalse(laggard.isActive());
        assertEquals(1, core.live().connectionCount());
        assertEquals(1, core.live().stats().slowConsumerDisconnects());
        slow.release();
        EndReason reason = slow.awaitEnd(WAIT);
        assertEquals(EndReason.Kind.SLOW_CONSUMER, reason.kind());
        assertTrue(reason.lastDeliveredSeq() <= 1, "at most seq 1 reached the slow peer");
        assertEquals("slow consumer; resume with since=" + reason.lastDeliveredSeq(), reason.description());
        assertEquals(LongStream.rangeClosed(1, 21).boxed().toList(), fast.seqs());
        assertEquals(List.of(1L), slow.seqs());
    }

    @Test
    void aQueueOverItsByteLimitEndsTheSubscriberToo() throws Exception {
        core.close();
        core = TestCores.over(new InMemoryStore(), new CoreSettings(new QueueLimits(1000, 2_000),
                new NotificationUseCases.Retention(1000, Duration.ofDays(1))));
        subscribe(slow);
        core.tasks().create(new TaskName("first"), null);
        slow.awaitWriteStarted();
        publish(30, null);
        assertEquals(0, core.live().connectionCount());
        slow.release();
        assertEquals(EndReason.Kind.SLOW_CONSUMER, slow.awaitEnd(WAIT).kind());
    }

    @Test
    void aSubscriberThatKeepsUpIsNeverEnded() throws Exception {
        CollectingSink keepsUp = new CollectingSink();
        subscribe(keepsUp);
        for (int i = 1; i <= 200; i++) {
            core.tasks().create(new TaskName("t" + i), null);
            keepsUp.awaitSeq(i, WAIT);
        }
        assertTrue(!keepsUp.hasEnded());
        assertEquals(0, core.live().stats().slowConsumerDisconnects());
    }

    @Test
    void theResumeSeqCoversEveryFrameTheSinkAccepted() throws Exception {
        Subscription laggard = subscribe(slow);
        core.tasks().create(new TaskName("first"), null);
        slow.awaitWriteStarted();
        publish(10, null);
        slow.release();
        EndReason reason = slow.awaitEnd(WAIT);
        Eventually.await(() -> laggard.lastDeliveredSeq() == 1, WAIT, () -> "seq 1 recorded");
        assertEquals(List.of(1L), slow.completed());
        assertEquals(1, reason.lastDeliveredSeq(),
                "the sink completed seq 1, so resuming with since=" + reason.lastDeliveredSeq() + " repeats it");
        assertFalse(reason.sendInFlight(), "no send was left in flight: the seq named is exact");
    }

    @Test
    void aSendStillBlockedAtTheEndIsReportedSoTheTransportDropsTheConnection() throws Exception {
        subscribe(slow);
        core.tasks().create(new TaskName("first"), null);
        slow.awaitWriteStarted();
        publish(10, null);
        EndReason reason = slow.awaitEnd(WAIT);
        assertTrue(reason.sendInFlight(), "seq 1 is still being written when the end is signalled");
        assertEquals(0, reason.lastDeliveredSeq());
    }
}
