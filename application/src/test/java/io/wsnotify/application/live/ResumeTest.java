package io.wsnotify.application.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wsnotify.application.CustomNotification;
import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.memory.InMemoryStore;
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

class ResumeTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final NotifyCore<Object> core = TestCores.over(new InMemoryStore(), TestCores.settings(1024, 5));

    @AfterEach
    void close() {
        core.close();
    }

    private CollectingSink resume(String client, Set<Topic> topics, long since) {
        return CollectingSink.subscribe(
                core, new SubscriptionRequest(new ClientId(client), topics, OptionalLong.of(since)));
    }

    /** Creates tasks and waits until the follower has read them (pruning never outruns it). */
    private void createTasks(int count) {
        long last = 0;
        for (int i = 0; i < count; i++) {
            last = core.tasks()
                    .create(new TaskName("task " + i), null)
                    .notification()
                    .seq();
        }
        long seq = last;
        Await.until("the follower to read seq " + seq, WAIT, () -> core.live().followedSeq() >= seq);
    }

    private static List<Long> range(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    @Test
    void replaysWhatWasMissedThenGoesLive() throws Exception {
        createTasks(10);
        CollectingSink sink = resume("me", Set.of(), 4);
        sink.awaitSeq(10, WAIT);
        createTasks(2);
        sink.awaitSeq(12, WAIT);
        assertEquals(range(5, 12), sink.seqs());
    }

    @Test
    void replayFollowsTheTopicsAndTargetsOfTheRequest() throws Exception {
        createTasks(2);
        core.notifications()
                .publish(new CustomNotification("for bob", null, null, null, new ClientId("bob"), null, null));
        core.notifications()
                .publish(new CustomNotification("for alice", null, null, null, new ClientId("alice"), null, null));
        core.notifications().publish(new CustomNotification("for all", null, null, null, null, null, null));
        CollectingSink alice = resume("alice", Set.of(Topic.CUSTOM), 0);
        alice.awaitSeq(5, WAIT);
        assertEquals(List.of(4L, 5L), alice.seqs());
    }

    @Test
    void replaysAcrossManyPagesInOrder() throws Exception {
        InMemoryStore store = new InMemoryStore();
        TestCores.logTasks(store, 1203);
        try (NotifyCore<Object> big = TestCores.over(store, TestCores.settings(1024, 10_000))) {
            CollectingSink sink = CollectingSink.subscribe(
                    big, new SubscriptionRequest(new ClientId("me"), Set.of(), OptionalLong.of(0)));
            big.tasks().create(new TaskName("live"), null);
            sink.awaitSeq(1204, WAIT);
            assertEquals(range(1, 1204), sink.seqs());
        }
    }

    @Test
    void sinceAtTheNewestReplaysNothingAndSaysNothing() throws Exception {
        createTasks(3);
        CollectingSink sink = resume("me", Set.of(), 3);
        createTasks(1);
        sink.awaitSeq(4, WAIT);
        assertEquals(List.of(4L), sink.seqs());
    }

    @Test
    void sinceOlderThanTheLogOpensWithReplayTruncated() throws Exception {
        createTasks(20);
        assertEquals(15, core.notifications().prune());
        CollectingSink sink = resume("me", Set.of(), 3);
        sink.awaitSeq(20, WAIT);
        assertEquals(List.of(0L, 16L, 17L, 18L, 19L, 20L), sink.seqs());
        StreamNotice notice = sink.notice(0);
        assertEquals(StreamNotice.Kind.TRUNCATED, notice.kind());
        assertEquals(16, notice.oldestSeq());
        assertEquals(3, notice.since());
        assertEquals(15, notice.resumeAfter());
    }

    @Test
    void sinceJustBeforeTheOldestKeptIsNotTruncated() throws Exception {
        createTasks(20);
        core.notifications().prune();
        CollectingSink sink = resume("me", Set.of(), 15);
        sink.awaitSeq(20, WAIT);
        assertEquals(range(16, 20), sink.seqs());
    }

    @Test
    void sinceNewerThanTheLogOpensWithReplayResetThenGoesLive() throws Exception {
        createTasks(3);
        CollectingSink sink = resume("me", Set.of(), 100);
        sink.awaitCount(1, WAIT);
        createTasks(1);
        sink.awaitSeq(4, WAIT);
        assertEquals(List.of(0L, 4L), sink.seqs());
        StreamNotice notice = sink.notice(0);
        assertEquals(StreamNotice.Kind.RESET, notice.kind());
        assertEquals(3, notice.newestSeq());
        assertEquals(3, notice.resumeAfter(), "the stream goes on after the newest seq");
    }

    @Test
    void systemFramesOnlyFollowASince() throws Exception {
        createTasks(20);
        core.notifications().prune();
        CollectingSink live = CollectingSink.subscribe(
                core, new SubscriptionRequest(new ClientId("me"), Set.of(), OptionalLong.empty()));
        createTasks(1);
        live.awaitSeq(21, WAIT);
        assertEquals(List.of(21L), live.seqs());
    }
}
