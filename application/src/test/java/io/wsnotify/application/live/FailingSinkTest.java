package io.wsnotify.application.live;

import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.application.testing.CollectingSink;
import io.wsnotify.application.testing.Eventually;
import io.wsnotify.application.testing.TestCores;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.port.Transactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A connection whose writes fail is dropped; nobody else notices. */
class FailingSinkTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final NotifyCore core = TestCores.over(new InMemoryStore());

    @AfterEach
    void close() {
        core.close();
    }

    /** A peer that went away after {@code okWrites} frames. */
    private static final class BrokenSink extends CollectingSink {
        private final int okWrites;
        private int writes;

        BrokenSink(int okWrites) {
            this.okWrites = okWrites;
        }

        @Override
        public void send(long seq, String frame) throws Exception {
            if (++writes > okWrites) {
                throw new IOException("broken pipe");
            }
            super.send(seq, frame);
        }
    }

    private void subscribe(CollectingSink sink, OptionalLong since) {
        core.live().subscribe(new SubscriptionRequest(new ClientId("c"), Set.of(), since), sink);
    }

    @Test
    void aSinkThatThrowsIsRemovedAndOthersKeepReceiving() throws Exception {
        CollectingSink healthy = new CollectingSink();
        BrokenSink broken = new BrokenSink(2);
        subscribe(healthy, OptionalLong.empty());
        subscribe(broken, OptionalLong.empty());
        for (int i = 0; i < 10; i++) {
            core.tasks().create(new TaskName("t" + i), null);
        }
        Eventually.await(() -> core.live().connectionCount() == 1, WAIT, () -> "the broken connection to go");
        assertEquals(1, core.live().stats().failedSends());
        assertEquals(1, core.tasks().create(new TaskName("after"), null).recipients());
        healthy.awaitSeq(11, WAIT);
        assertEquals(LongStream.rangeClosed(1, 11).boxed().toList(), healthy.seqs());
        assertEquals(java.util.List.of(1L, 2L), broken.seqs());
    }

    @Test
    void aSinkThatThrowsDuringReplayIsRemoved() throws Exception {
        for (int i = 0; i < 10; i++) {
            core.tasks().create(new TaskName("t" + i), null);
        }
        BrokenSink broken = new BrokenSink(3);
        subscribe(broken, OptionalLong.of(0));
        Eventually.await(() -> core.live().connectionCount() == 0, WAIT, () -> "the broken connection to go");
        assertEquals(java.util.List.of(1L, 2L, 3L), broken.seqs());
        assertEquals(0, core.tasks().create(new TaskName("after"), null).recipients());
    }

    @Test
    void aReplayThatCannotReadTheLogEndsTheConnection() throws Exception {
        InMemoryStore store = new InMemoryStore();
        Transactions failingForDelivery = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                if (Thread.currentThread().isVirtual()) {
                    throw new IllegalStateException("database is locked");
                }
                return store.inTransaction(work);
            }
        };
        try (NotifyCore broken = TestCores.over(store, store.notificationLog(), failingForDelivery,
                TestCores.settings(1024, 1000))) {
            broken.tasks().create(new TaskName("t"), null);
            CollectingSink sink = new CollectingSink();
            broken.live().subscribe(new SubscriptionRequest(new ClientId("c"), Set.of(), OptionalLong.of(0)), sink);
            EndReason reason = sink.awaitEnd(WAIT);
            assertEquals(0, reason.lastDeliveredSeq());
            assertEquals(0, broken.live().connectionCount());
        }
    }
}
