package io.wsnotify.application.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * A connection without {@code since} joins where the follower stands, so it misses nothing: a
 * change committed just before it joined, which the follower had not read yet, still reaches it.
 */
class LiveOnlyJoinTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final InMemoryStore store = new InMemoryStore();
    private final HeldFollower transactions = new HeldFollower(store);
    private final NotifyCore<Object> core =
            TestCores.over(store, store.notificationLog(), transactions, TestCores.settings(100, 1000));

    @AfterEach
    void close() {
        transactions.release.countDown();
        core.close();
    }

    @Test
    void aChangeCommittedBeforeTheFollowerReadItReachesAConnectionThatJoinedMeanwhile() throws Exception {
        core.tasks().create(new TaskName("read before"), null);
        Await.until(
                "the follower to read seq 1", WAIT, () -> core.live().stats().published() == 1);
        transactions.holdFollower = true;
        core.tasks().create(new TaskName("committed while joining"), null);
        CollectingSink sink = CollectingSink.subscribe(
                core, new SubscriptionRequest(new ClientId("late"), Set.of(), OptionalLong.empty()));
        transactions.release.countDown();
        core.tasks().create(new TaskName("after"), null);
        sink.awaitSeq(3, WAIT);
        assertEquals(List.of(2L, 3L), sink.seqs());
    }

    /** Holds the follower's reads, once asked to, until released. */
    private static final class HeldFollower implements Transactions {
        private final Transactions inner;
        private final CountDownLatch release = new CountDownLatch(1);
        volatile boolean holdFollower;

        HeldFollower(Transactions inner) {
            this.inner = inner;
        }

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            if (holdFollower && Thread.currentThread().getName().equals("notify-log-follower")) {
                try {
                    if (!release.await(10, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("never released");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return inner.inTransaction(work);
        }
    }
}
