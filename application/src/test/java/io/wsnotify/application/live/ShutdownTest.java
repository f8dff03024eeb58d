package io.wsnotify.application.live;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.application.testing.CollectingSink;
import io.wsnotify.application.testing.TestCores;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.TaskName;
import io.wsnotify.testsupport.Await;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** DESIGN §5: on shutdown every connection is ended (1001) with the seq to resume from. */
class ShutdownTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final NotifyCore<Object> core = TestCores.over(new InMemoryStore());

    private CollectingSink subscribe(String client) {
        return CollectingSink.subscribe(
                core, new SubscriptionRequest(new ClientId(client), Set.of(), OptionalLong.empty()));
    }

    @Test
    void endAllEndsEveryConnectionAsShutdownWithItsLastSeq() throws Exception {
        CollectingSink early = subscribe("early");
        core.tasks().create(new TaskName("one"), null);
        core.tasks().create(new TaskName("two"), null);
        early.awaitSeq(2, WAIT);
        CollectingSink late = subscribe("late");
        core.tasks().create(new TaskName("three"), null);
        late.awaitSeq(3, WAIT);
        early.awaitSeq(3, WAIT);
        Await.until(
                "seq 3 recorded for both",
                WAIT,
                () -> late.subscription().lastDeliveredSeq() == 3
                        && early.subscription().lastDeliveredSeq() == 3);

        core.live().endAll();

        EndReason earlyEnd = early.awaitEnd(WAIT);
        assertEquals(new EndReason(EndReason.Kind.SHUTDOWN, 3), earlyEnd);
        assertEquals("server shutting down; resume with since=3", earlyEnd.description());
        assertEquals(new EndReason(EndReason.Kind.SHUTDOWN, 3), late.awaitEnd(WAIT));
        assertEquals(0, core.tasks().create(new TaskName("nobody"), null).recipients());
        core.close();
    }

    @Test
    void aLiveConnectionThatGotNothingResumesFromWhereItJoined() throws Exception {
        core.tasks().create(new TaskName("one"), null);
        Await.until(
                "the follower to read seq 1", WAIT, () -> core.live().stats().published() == 1);
        CollectingSink sink = subscribe("me");
        core.close();
        assertEquals(new EndReason(EndReason.Kind.SHUTDOWN, 1), sink.awaitEnd(WAIT));
    }

    @Test
    void closeReturnsAfterEveryConnectionWasToldToEnd() {
        List<CollectingSink> sinks = List.of(subscribe("a"), subscribe("b"), subscribe("c"));
        core.close();
        assertTrue(sinks.stream().allMatch(CollectingSink::hasEnded), "every sink ended when close() returns");
    }

    @Test
    void aChangeCommittedAfterCloseIsNotReportedAsAFailure() {
        core.close();
        subscribe("late");
        assertDoesNotThrow(() -> core.tasks().create(new TaskName("during shutdown"), null));
    }

    @Test
    void subscribingAfterCloseEndsTheConnectionAtOnceAsAShutdown() throws Exception {
        core.close();
        CollectingSink sink = CollectingSink.subscribe(
                core, new SubscriptionRequest(new ClientId("late"), Set.of(), OptionalLong.of(0)));
        assertEquals(new EndReason(EndReason.Kind.SHUTDOWN, 0), sink.awaitEnd(WAIT));
        assertTrue(sink.subscription().isEnded());
    }
}
