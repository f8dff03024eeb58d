package io.wsnotify.application.live;

import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.application.testing.CollectingSink;
import io.wsnotify.application.testing.GatedTransactions;
import io.wsnotify.application.testing.MiniJson;
import io.wsnotify.application.testing.TestCores;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.TaskName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What happens while a resuming subscription is still reading the log: the delivery thread is
 * held at a chosen replay transaction while the test publishes, prunes or shuts down.
 */
class ReplayRaceTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final InMemoryStore store = new InMemoryStore();
    private final GatedTransactions gate = new GatedTransactions(store);
    private final NotifyCore core = TestCores.over(store, store.notificationLog(), gate, TestCores.settings(2, 5));

    @AfterEach
    void close() {
        gate.open();
        core.close();
    }

    private void createTasks(int count) {
        for (int i = 0; i < count; i++) {
            core.tasks().create(new TaskName("t" + i), null);
        }
    }

    private CollectingSink resume(long since) {
        CollectingSink sink = new CollectingSink();
        core.live().subscribe(new SubscriptionRequest(new ClientId("me"), Set.of(), OptionalLong.of(since)), sink);
        return sink;
    }

    @Test
    void liveFramesPublishedDuringReplayFollowItWithoutDuplicates() throws Exception {
        createTasks(5);
        gate.holdAtCall(1);
        CollectingSink sink = resume(2);
        gate.awaitHeld();
        createTasks(1);
        gate.open();
        sink.awaitSeq(6, WAIT);
        createTasks(1);
        sink.awaitSeq(7, WAIT);
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L), sink.seqs());
    }

    @Test

    void aResumedSubscriptionEndedBeforeReplayResumesFromItsSince() throws Exception {
        createTasks(5);
        gate.holdAtCall(1);
        CollectingSink sink = resume(3);
        gate.awaitHeld();
        createTasks(3);
        assertEquals(new EndReason(EndReason.Kind.SLOW_CONSUMER, 3), sink.awaitEnd(WAIT));
    }

    @Test

    void aShutdownBeforeReplayResumesFromTheSince() throws Exception {
        createTasks(5);
        gate.holdAtCall(1);
        CollectingSink sink = resume(3);
        gate.awaitHeld();
        core.live().endAll();
        assertEquals(new EndReason(EndReason.Kind.SHUTDOWN, 3), sink.awaitEnd(WAIT));
    }

    @Test
    void pruningDuringReplayIsAnnouncedNotSilentlySkipped() throws Exception {
        createTasks(10);
        gate.holdAtCall(1);
        CollectingSink sink = resume(4);
        gate.awaitHeld();
        assertEquals(5, core.notifications().prune());
        gate.open();
        sink.awaitSeq(10, WAIT);
        List<Long> seqs = sink.seqs();
        boolean announced = seqs.getFirst() == 0
                && "replay.truncated".equals(MiniJson.object(sink.frames().getFirst()).get("event"));
        assertEquals(true, announced || seqs.equals(List.of(5L, 6L, 7L, 8L, 9L, 10L)),
                () -> "seq 5 was pruned mid-replay and the client got " + seqs + " with no notice");
    }
}
