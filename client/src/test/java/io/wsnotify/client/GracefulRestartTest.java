package io.wsnotify.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.client.support.Api;
import io.wsnotify.client.support.Delivery;
import io.wsnotify.client.support.InProcessServer;
import io.wsnotify.client.support.Publisher;
import io.wsnotify.client.support.Recorder;
import io.wsnotify.testsupport.Await;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server is stopped and started again (same port, same SQLite file) while a publisher runs. */
class GracefulRestartTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int RESTARTS = 3;

    @TempDir
    Path dir;

    @Test
    void everyNotificationArrivesOnceAndInOrderAcrossGracefulRestarts() throws Exception {
        Recorder recorder = new Recorder();
        try (InProcessServer server = InProcessServer.start(dir.resolve("notify.db"));
                NotifyClient client = recorder.attach(NotifyClient.builder(server.uri())
                                .clientId("resumer")
                                .backoff(Duration.ofMillis(50), Duration.ofMillis(500)))
                        .connect()) {
            long start = client.lastSeq();
            Api api = new Api(server);
            Publisher publisher = Publisher.start(api, 2, 100_000, "{\"message\": \"tick\", \"topic\": \"load\"}");
            try (publisher) {
                for (int restart = 1; restart <= RESTARTS; restart++) {
                    int before = publisher.count();
                    Await.until("more acknowledged notifications", WAIT, () -> publisher.count() >= before + 40);
                    server.stop();
                    int goingAway = restart;
                    Await.until(
                            "the 1001 close",
                            WAIT,
                            () -> recorder.events(ConnectionEvent.Kind.DISCONNECTED).stream()
                                            .filter(e -> e.code() == 1001)
                                            .count()
                                    >= goingAway,
                            recorder::summary);
                    server.start();
                    // Only a client on the restarted server can receive what that server acknowledges; without
                    // this wait the next stop could come before the client, backing off, has reconnected.
                    long onRestarted = publisher.awaitNextAcknowledged(WAIT);
                    Await.until(
                            "the client to resume on the restarted server",
                            WAIT,
                            () -> client.lastSeq() >= onRestarted,
                            recorder::summary);
                }
                int before = publisher.count();
                Await.until("publishing after the last restart", WAIT, () -> publisher.count() >= before + 40);
            }
            long newest =
                    api.loggedSeqs().stream().mapToLong(Long::longValue).max().orElseThrow();
            Await.until(
                    "the client to catch up with seq " + newest,
                    WAIT,
                    () -> client.lastSeq() == newest,
                    recorder::summary);

            Delivery.assertExactlyOnceInOrder(recorder.seqs(), api.loggedSeqs(), start, publisher.acknowledged());
            // Resuming at once, the client may reach the stopping server again before it stops listening;
            // that connection is closed with 1001 too, so a stop may cost it more than one connection.
            assertTrue(recorder.events(ConnectionEvent.Kind.CONNECTED).size() >= RESTARTS + 1, recorder.summary());
            assertTrue(
                    recorder.events(ConnectionEvent.Kind.DISCONNECTED).stream()
                            .allMatch(e -> e.code() == 1001 && e.retryIn().isZero()),
                    "every close is a 1001, resumed at once: " + recorder.events(ConnectionEvent.Kind.DISCONNECTED));
            assertEquals(1, recorder.threads().size(), "callbacks run on one thread");
            assertEquals(0, recorder.overlaps(), "callbacks never run concurrently");
        }
    }
}
