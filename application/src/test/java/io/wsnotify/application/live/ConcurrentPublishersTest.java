package io.wsnotify.application.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.application.testing.CollectingSink;
import io.wsnotify.application.testing.TestCores;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.TaskName;
import io.wsnotify.testsupport.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Several threads publish at once; every subscriber still sees seq 1, 2, 3… with no gap. */
class ConcurrentPublishersTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int THREADS = 4;
    private static final int EACH = 150;
    private final InMemoryStore store = new InMemoryStore();
    private final NotifyCore<Object> core = TestCores.over(store);

    @AfterEach
    void close() {
        core.close();
    }

    private CollectingSink subscribe(OptionalLong since) {
        return CollectingSink.subscribe(core, new SubscriptionRequest(new ClientId("c"), Set.of(), since));
    }

    @Test
    void everySubscriberSeesEverySeqInOrderWhileManyThreadsPublish() throws Exception {
        CollectingSink liveFromStart = subscribe(OptionalLong.empty());
        CollectingSink resumedFromStart = subscribe(OptionalLong.of(0));
        List<Thread> publishers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            publishers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < EACH; i++) {
                    core.tasks().create(new TaskName("t" + thread + "-" + i), null);
                }
            }));
        }
        Await.until(
                "half of the notifications",
                WAIT,
                () -> store.notificationLog().bounds().newest() >= THREADS * EACH / 2);
        CollectingSink resumedMidway = subscribe(OptionalLong.of(0));
        for (Thread publisher : publishers) {
            publisher.join(WAIT.toMillis());
            assertFalse(publisher.isAlive());
        }
        long total = THREADS * EACH;
        List<Long> all = LongStream.rangeClosed(1, total).boxed().toList();
        for (CollectingSink sink : List.of(liveFromStart, resumedFromStart, resumedMidway)) {
            sink.awaitSeq(total, WAIT);
            assertEquals(all, sink.seqs());
        }
    }
}
