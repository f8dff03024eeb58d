package io.wsnotify.application.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.application.CustomNotification;
import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.application.testing.CollectingSink;
import io.wsnotify.application.testing.TestCores;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.Device;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.Topic;
import io.wsnotify.testsupport.Await;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §5 resume: subscribers join with random {@code since} values while another thread
 * publishes; each must end with exactly the admitted seqs after its since, once each, in order.
 */
class ResumeWhilePublishingTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int ITERATIONS = 50;
    private static final int SUBSCRIBERS = 8;
    private static final int CHUNK = 40;
    private static final int BEFORE = 20;

    private record Joined(SubscriptionRequest request, CollectingSink sink) {}

    @Test
    void resumesWithoutGapOrDuplicateWhilePublishing() throws Exception {
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            runOnce(new Random(iteration));
        }
    }

    private void runOnce(Random random) throws Exception {
        InMemoryStore store = new InMemoryStore();
        Device device = store.deviceRepository().add("Device U1", false, Instant.now());
        Semaphore joinStarted = new Semaphore(0);
        try (NotifyCore<Object> core = TestCores.over(store)) {
            for (int i = 0; i < BEFORE; i++) {
                core.tasks().create(new TaskName("before " + i), null);
            }
            Thread publisher = Thread.ofPlatform().start(() -> publish(core, device, joinStarted));
            List<Joined> joined = new ArrayList<>();
            for (int k = 0; k < SUBSCRIBERS; k++) {
                long reached = BEFORE + (long) k * CHUNK;
                Await.until("publisher to reach " + reached, WAIT, () -> newest(store) >= reached);
                joinStarted.release();
                long newest = newest(store);
                OptionalLong since = k == 0 ? OptionalLong.empty() : OptionalLong.of(random.nextLong(newest + 1));
                Set<Topic> topics = k % 3 == 1 ? Set.of(Topic.TASKS) : Set.of();
                SubscriptionRequest request =
                        new SubscriptionRequest(new ClientId(k % 2 == 0 ? "alice" : "bob"), topics, since);
                CollectingSink sink = CollectingSink.subscribe(core, request);
                joined.add(new Joined(request, sink));
            }
            publisher.join(WAIT.toMillis());
            assertFalse(publisher.isAlive(), "publisher finished");
            core.tasks().create(new TaskName("last, admitted by all"), null);
            for (Joined j : joined) {
                check(core, j);
            }
        }
    }

    /** Publishes chunk after chunk; before chunk k it waits until subscriber k starts joining. */
    private static void publish(NotifyCore<Object> core, Device device, Semaphore joinStarted) {
        for (int i = 0; i < SUBSCRIBERS * CHUNK; i++) {
            if (i % CHUNK == 0) {
                awaitJoin(joinStarted);
            }
            switch (i % 4) {
                case 0, 1 -> core.tasks().create(new TaskName("during " + i), null);
                case 2 -> core.devices().toggle(device.id());
                default ->
                    core.notifications()
                            .publish(new CustomNotification("hi", null, null, null, new ClientId("alice"), null, null));
            }
        }
    }

    private static void awaitJoin(Semaphore joinStarted) {
        try {
            if (!joinStarted.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("subscriber never joined");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long newest(InMemoryStore store) {
        return store.notificationLog().bounds().newest();
    }

    private static void check(NotifyCore<Object> core, Joined joined) throws InterruptedException {
        SubscriptionRequest request = joined.request();
        List<Long> admitted = admittedAfter(core, request, request.since().orElse(0));
        try {
            joined.sink().awaitSeq(admitted.getLast(), WAIT);
        } catch (AssertionError e) {
            throw new AssertionError(request + ": " + e.getMessage(), e);
        }
        List<Long> got = joined.sink().seqs();
        if (request.since().isPresent()) {
            assertEquals(admitted, got, () -> "resumed " + request);
        } else {
            int start = admitted.indexOf(got.getFirst());
            assertTrue(start >= 0, () -> "live " + request + " got " + got);
            assertEquals(admitted.subList(start, admitted.size()), got, () -> "live " + request);
        }
    }

    private static List<Long> admittedAfter(NotifyCore<Object> core, SubscriptionRequest request, long since) {
        List<Long> seqs = new ArrayList<>();
        List<Notification> page;
        long from = since;
        do {
            page = core.notifications()
                    .read(new LogQuery(from, request.topics(), request.visibility(), 1000))
                    .value();
            page.forEach(n -> seqs.add(n.seq()));
            from = page.isEmpty() ? from : page.getLast().seq();
        } while (!page.isEmpty());
        return seqs;
    }
}
