package io.wsnotify.application.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.application.testing.CollectingSink;
import io.wsnotify.application.testing.TestCores;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.port.Transactions;
import io.wsnotify.testsupport.Await;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A resume that read the log further than the follower had got joins the window before the
 * follower appends what it already has: those frames are skipped, and they do not count against
 * its bound while it is still busy writing them.
 */
class WindowEntryTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final InMemoryStore store = new InMemoryStore();
    private final CountDownLatch releaseFollower = new CountDownLatch(1);
    private volatile boolean holdFollower;
    private NotifyCore<Object> core;

    @AfterEach
    void close() {
        releaseFollower.countDown();
        core.close();
    }

    @Test
    void framesAResumeAlreadyHadAreNotCountedAgainstItsBound() throws Exception {
        TestCores.logTasks(store, 5);
        core = TestCores.over(store, store.notificationLog(), followerHeldWhenAsked(), TestCores.settings(2, 100));
        holdFollower = true;
        createTasks(3);
        CountDownLatch lastReplayedWritten = new CountDownLatch(1);
        CountDownLatch finishWriting = new CountDownLatch(1);
        CollectingSink sink = CollectingSink.subscribe(
                core, new SubscriptionRequest(new ClientId("me"), Set.of(), OptionalLong.of(2)), new CollectingSink() {
                    @Override
                    protected void write(Frame<Object> frame) throws Exception {
                        super.write(frame);
                        if (frame.seq() == 8) {
                            lastReplayedWritten.countDown();
                            finishWriting.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                        }
                    }
                });
        lastReplayedWritten.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        releaseFollower.countDown();
        Await.until("the follower to catch up", WAIT, () -> core.live().followedSeq() == 8);
        finishWriting.countDown();
        createTasks(1);

        sink.awaitSeq(9, WAIT);
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L, 9L), sink.seqs());
        assertFalse(sink.hasEnded(), "it never fell behind: it had seqs 6 to 8 before the follower did");
    }

    private void createTasks(int count) {
        for (int i = 0; i < count; i++) {
            core.tasks().create(new TaskName("t" + i), null);
        }
    }

    private Transactions followerHeldWhenAsked() {
        return new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                if (holdFollower && Thread.currentThread().getName().equals("notify-log-follower")) {
                    try {
                        releaseFollower.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return store.inTransaction(work);
            }
        };
    }
}
