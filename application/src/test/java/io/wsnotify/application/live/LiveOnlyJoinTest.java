package io.wsnotify.application.live;

import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.application.testing.CollectingSink;
import io.wsnotify.application.testing.TestCores;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.port.Transactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A connection without {@code since} starts after the newest seq at the moment it subscribes and
 * then misses nothing: a change committed while it is joining reaches it.
 */
class LiveOnlyJoinTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final InMemoryStore store = new InMemoryStore();
    private final CommitAfterNextRead transactions = new CommitAfterNextRead(store);
    private final NotifyCore core = TestCores.over(store, store.notificationLog(), transactions,
            TestCores.settings(100, 1000));

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void aChangeCommittedWhileJoiningIsDelivered() throws Exception {
        core.tasks().create(new TaskName("before"), null);
        transactions.afterNextRead = () -> core.tasks().create(new TaskName("while joining"), null);
        CollectingSink sink = new CollectingSink();
        core.live().subscribe(new SubscriptionRequest(new ClientId("late"), Set.of(), OptionalLong.empty()), sink);
        core.tasks().create(new TaskName("after"), null);
        sink.awaitSeq(3, WAIT);
        assertEquals(List.of(2L, 3L), sink.seqs());
    }

    /** Commits a change from another thread right after the next read, as a concurrent writer would. */
    private static final class CommitAfterNextRead implements Transactions {
        private final Transactions inner;
        volatile Runnable afterNextRead;

        CommitAfterNextRead(Transactions inner) {
            this.inner = inner;
        }

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            T result = inner.inTransaction(work);
            Runnable change = afterNextRead;
            if (change != null && !Thread.currentThread().isVirtual()) {
                afterNextRead = null;
                Thread writer = Thread.ofPlatform().start(change);
                try {
                    writer.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return result;
        }
    }
}
