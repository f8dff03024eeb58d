package io.wsnotify.application.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.application.testing.CollectingSink;
import io.wsnotify.application.testing.GatedTransactions;
import io.wsnotify.application.testing.TestCores;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.TaskName;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What happens while a resuming subscription is still reading the log (its start is older than
 * the follower's window): the replay reader is held at a chosen transaction while the test
 * publishes, prunes or shuts down.
 */
class ReplayRaceTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final InMemoryStore store = new InMemoryStore();
    private final GatedTransactions gate = new GatedTransactions(store);
    private NotifyCore<Object> core;

    @AfterEach
    void close() {
        gate.open();
        core.close();
    }

    private void start(int loggedBefore) {
        TestCores.logTasks(store, loggedBefore);
        core = TestCores.over(store, store.notificationLog(), gate, TestCores.settings(2, 5));
    }

    private void createTasks(int count) {
        for (int i = 0; i < count; i++) {
            core.tasks().create(new TaskName("t" + i), null);
        }
    }

    private CollectingSink resume(long since) {
        return CollectingSink.subscribe(
                core, new SubscriptionRequest(new ClientId("me"), Set.of(), OptionalLong.of(since)));
    }

    @Test
    void liveFramesPublishedDuringReplayFollowItWithoutDuplicates() throws Exception {
        start(5);
        gate.holdAtCall(1);
        CollectingSink sink = resume(2);
        gate.awaitHeld();
        createTasks(3);
        gate.open();
        sink.awaitSeq(8, WAIT);
        createTasks(1);
        sink.awaitSeq(9, WAIT);
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L, 9L), sink.seqs());
    }

    @Test
    void aReplayHeldUpIsNotEndedForFallingBehind() throws Exception {
        start(5);
        gate.holdAtCall(1);
        CollectingSink sink = resume(3);
        gate.awaitHeld();
        createTasks(10);
        gate.open();
        sink.awaitSeq(15, WAIT);
        assertEquals(List.of(4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L), sink.seqs());
    }

    @Test
    void aShutdownBeforeReplayResumesFromTheSince() throws Exception {
        start(5);
        gate.holdAtCall(1);
        CollectingSink sink = resume(3);
        gate.awaitHeld();
        core.live().endAll();
        assertEquals(new EndReason(EndReason.Kind.SHUTDOWN, 3), sink.awaitEnd(WAIT));
    }

    @Test
    void pruningDuringReplayIsAnnouncedNotSilentlySkipped() throws Exception {
        start(10);
        gate.holdAtCall(1);
        CollectingSink sink = resume(4);
        gate.awaitHeld();
        assertEquals(5, core.notifications().prune());
        gate.open();
        sink.awaitSeq(10, WAIT);
        List<Long> seqs = sink.seqs();
        assertEquals(List.of(0L, 6L, 7L, 8L, 9L, 10L), seqs);
        StreamNotice truncated = sink.notice(0);
        assertEquals(StreamNotice.Kind.TRUNCATED, truncated.kind());
        assertEquals(6, truncated.oldestSeq());
    }
}
