package io.wsnotify.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.wsnotify.client.support.Api;
import io.wsnotify.client.support.Delivery;
import io.wsnotify.client.support.InProcessServer;
import io.wsnotify.client.support.Recorder;
import io.wsnotify.testsupport.Await;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client whose callback is slower than the publishers: it stops reading, the server's tiny
 * per-connection queue overflows, the server closes it with 1013 naming its last seq, and the
 * client resumes at once from there, losing nothing.
 */
class SlowConsumerTest {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String BIG =
            "{\"message\": \"bulk\", \"topic\": \"bulk\", \"data\": \"" + "x".repeat(60_000) + "\"}";
    private static final int MAX_PUBLISHED = 4_000;

    @TempDir
    Path dir;

    @Test
    void slowConsumerClosedWith1013ResumesAtOnceWithoutLoss() throws Exception {
        Recorder recorder = new Recorder();
        try (InProcessServer server = InProcessServer.start(
                        dir.resolve("notify.db"),
                        "notify.delivery.queue-max-notifications",
                        "4",
                        "notify.delivery.queue-max-bytes",
                        "200000");
                NotifyClient client = recorder.attach(
                                NotifyClient.builder(server.uri())
                                        .clientId("slow")
                                        // Any backoff would outlast the test: only an immediate resume can pass it.
                                        .backoff(Duration.ofMinutes(10), Duration.ofMinutes(10)),
                                n -> slowWork(recorder))
                        .connect()) {
            long start = client.lastSeq();
            Api api = new Api(server);
            Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
            while (recorder.events(ConnectionEvent.Kind.DISCONNECTED).isEmpty()) {
                if (acknowledged.size() > MAX_PUBLISHED) {
                    fail("the slow consumer was never closed; " + recorder.summary());
                }
                publishBatch(api, acknowledged);
            }
            publishBatch(api, acknowledged);
            long newest = acknowledged.stream().mapToLong(Long::longValue).max().orElseThrow();
            Await.until(
                    "the client to catch up with seq " + newest,
                    WAIT,
                    () -> client.lastSeq() == newest,
                    recorder::summary);

            List<ConnectionEvent> drops = recorder.events(ConnectionEvent.Kind.DISCONNECTED);
            assertEquals(1013, drops.get(0).code(), "closed as a slow consumer: " + drops);
            assertTrue(
                    drops.get(0).detail().contains("since=" + drops.get(0).seq()),
                    "resumes from the seq the close named: " + drops.get(0));
            assertTrue(
                    drops.stream().allMatch(d -> d.code() == 1013 && d.retryIn().isZero()), drops.toString());
            Delivery.assertExactlyOnceInOrder(recorder.seqs(), api.loggedSeqs(), start, acknowledged);
        }
    }

    /**
     * Slower than the publishers until the server has cut the client off: backlog builds in the
     * client's inbox ({@link NotifyClient#INBOX_CAPACITY}), then in the TCP buffers, then in the
     * server's queue of 4, which overflows.
     */
    private static void slowWork(Recorder recorder) {
        if (recorder.events(ConnectionEvent.Kind.DISCONNECTED).isEmpty()) {
            LockSupport.parkNanos(Duration.ofMillis(25).toNanos());
        }
    }

    /** 40 big notifications from 4 threads at once. */
    private static void publishBatch(Api api, Set<Long> acknowledged) throws InterruptedException {
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 10; i++) {
                    try {
                        acknowledged.add(api.publish(BIG));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
