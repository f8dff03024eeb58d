package io.wsnotify.application.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wsnotify.application.CustomNotification;
import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.Recorded;
import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.application.testing.CollectingSink;
import io.wsnotify.application.testing.TestCores;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.port.Transactions;
import io.wsnotify.testsupport.Await;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A connection whose writes fail is dropped by its transport; nobody else notices. */
class FailingSinkTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final NotifyCore<Object> core = TestCores.over(new InMemoryStore());

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
        protected void write(Frame<Object> frame) throws Exception {
            if (++writes > okWrites) {
                throw new IOException("broken pipe");
            }
            super.write(frame);
        }
    }

    private Recorded<Notification> publish(String message) {
        return core.notifications().publish(new CustomNotification(message, null, null, null, null, null, null));
    }

    private <S extends CollectingSink> S subscribe(S sink, OptionalLong since) {
        return CollectingSink.subscribe(core, new SubscriptionRequest(new ClientId("c"), Set.of(), since), sink);
    }

    @Test
    void aSinkThatFailsIsCancelledAndOthersKeepReceiving() throws Exception {
        CollectingSink healthy = subscribe(new CollectingSink(), OptionalLong.empty());
        BrokenSink broken = subscribe(new BrokenSink(2), OptionalLong.empty());
        for (int i = 0; i < 10; i++) {
            core.tasks().create(new TaskName("t" + i), null);
        }
        Await.until(
                "the broken connection to go", WAIT, () -> broken.subscription().isEnded());
        assertEquals(1, publish("after").recipients());
        healthy.awaitSeq(11, WAIT);
        assertEquals(LongStream.rangeClosed(1, 11).boxed().toList(), healthy.seqs());
        assertEquals(List.of(1L, 2L), broken.seqs());
    }

    @Test
    void aSinkThatFailsDuringReplayIsCancelled() throws Exception {
        for (int i = 0; i < 10; i++) {
            core.tasks().create(new TaskName("t" + i), null);
        }
        BrokenSink broken = subscribe(new BrokenSink(3), OptionalLong.of(0));
        Await.until(
                "the broken connection to go", WAIT, () -> broken.subscription().isEnded());
        assertEquals(List.of(1L, 2L, 3L), broken.seqs());
        assertEquals(0, publish("after").recipients());
    }

    @Test
    void aReplayThatCannotReadTheLogEndsTheConnectionAsAServerError() throws Exception {
        InMemoryStore store = new InMemoryStore();
        Transactions failingForReplays = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                if (Thread.currentThread().getName().startsWith("notify-replay")) {
                    throw new IllegalStateException("database is locked");
                }
                return store.inTransaction(work);
            }
        };
        try (NotifyCore<Object> broken =
                TestCores.over(store, store.notificationLog(), failingForReplays, TestCores.settings(1024, 1000))) {
            broken.tasks().create(new TaskName("t"), null);
            CollectingSink sink = CollectingSink.subscribe(
                    broken, new SubscriptionRequest(new ClientId("c"), Set.of(), OptionalLong.of(100)));
            assertEquals(new EndReason(EndReason.Kind.SERVER_ERROR, 100), sink.awaitEnd(WAIT));
            assertEquals(1, broken.live().stats().failedReplays());
        }
    }
}
