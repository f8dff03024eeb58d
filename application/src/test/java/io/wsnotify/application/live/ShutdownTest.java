package io.wsnotify.application.live;

import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.application.testing.CollectingSink;
import io.wsnotify.application.testing.Eventually;
import io.wsnotify.application.testing.TestCores;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.TaskName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DESIGN §5: on shutdown every connection is ended (1001) with the seq to resume from. */
class ShutdownTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final NotifyCore core = TestCores.over(new InMemoryStore());

    private Subscription subscribe(String client, CollectingSink sink) {
        return core.live().subscribe(new SubscriptionRequest(new ClientId(client), Set.of(), OptionalLong.empty()), sink);
    }

    @Test
    void endAllEndsEveryConnectionAsShutdownWithItsLastSeq() throws Exception {
        CollectingSink early = new CollectingSink();
        CollectingSink late = new CollectingSink();
        Subscription earlySubscription = subscribe("early", early);
        core.tasks().create(new TaskName("one"), null);
        core.tasks().create(new TaskName("two"), null);
        early.awaitSeq(2, WAIT);
        Eventually.await(() -> earlySubscription.lastDeliveredSeq() == 2, WAIT, () -> "seq 2 recorded");
        Subscription lateSubscription = subscribe("late", late);
        core.tasks().create(new TaskName("three"), null);
        late.awaitSeq(3, WAIT);
        early.awaitSeq(3, WAIT);
        Eventually.await(() -> lateSubscription.lastDeliveredSeq() == 3 && earlySubscription.lastDeliveredSeq() == 3,
                WAIT, () -> "seq 3 recorded for both");

        core.live().endAll();

        EndReason earlyEnd = early.awaitEnd(WAIT);
        assertEquals(EndReason.Kind.SHUTDOWN, earlyEnd.kind());
        assertEquals(3, earlyEnd.lastDeliveredSeq());
        assertEquals("server shutting down; resume with since=3", earlyEnd.description());
        assertEquals(new EndReason(EndReason.Kind.SHUTDOWN, 3), late.awaitEnd(WAIT));
        assertEquals(0, core.live().connectionCount());
        assertEquals(0, core.tasks().create(new TaskName("nobody"), null).recipients());
        core.close();
    }

    @Test
    void closingTheCoreEndsConnectionsAsShutdown() throws Exception {
        CollectingSink sink = new CollectingSink();
        subscribe("me", sink);
        core.close();
        assertEquals(new EndReason(EndReason.Kind.SHUTDOWN, 0), sink.awaitEnd(WAIT));
        assertEquals(0, core.live().connectionCount());
    }

    @Test
    void closeReturnsAfterEveryConnectionWasToldToEnd() {
        List<CollectingSink> sinks = List.of(new SlowToCloseSink(), new SlowToCloseSink(), new SlowToCloseSink());
        sinks.forEach(sink -> subscribe("me", sink));
        core.close();
        assertTrue(sinks.stream().allMatch(CollectingSink::hasEnded), "every sink ended when close() returns");
    }

    /** A transport whose close handshake takes a moment (writing the close frame). */
    private static final class SlowToCloseSink extends CollectingSink {
        @Override
        public void end(EndReason reason) {
            try {
                new java.util.concurrent.CountDownLatch(1).await(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            super.end(reason);
        }
    }

    @Test
    void aChangeCommittedAfterCloseIsNotReportedAsAFailure() {
        core.close();
        subscribe("late", new CollectingSink());
        assertDoesNotThrow(() -> core.tasks().create(new TaskName("during shutdown"), null));
    }

    @Test
    void subscribingAfterCloseLeavesNoConnectionBehind() {
        core.close();
        CollectingSink sink = new CollectingSink();
        try {
            core.live().subscribe(new SubscriptionRequest(new ClientId("late"), Set.of(), OptionalLong.of(0)), sink);
        } catch (RuntimeException refused) {
            // refusing is fine; leaking is not
        }
        assertEquals(0, core.live().connectionCount());
    }
}
