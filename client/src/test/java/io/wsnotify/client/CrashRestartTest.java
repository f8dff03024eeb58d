package io.wsnotify.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wsnotify.client.support.Api;
import io.wsnotify.client.support.ChildServer;
import io.wsnotify.client.support.Delivery;
import io.wsnotify.client.support.Publisher;
import io.wsnotify.client.support.Recorder;
import io.wsnotify.testsupport.Await;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server process is killed with SIGKILL (no close frame: the client notices a dropped
 * connection) and stopped with SIGTERM, then started again on the same SQLite file, while a
 * publisher runs. Every acknowledged notification, and every other one the log kept, arrives once.
 */
class CrashRestartTest {
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedNotificationArrivesOnceAndInOrderAcrossSigkillAndSigterm() throws Exception {
        Recorder recorder = new Recorder();
        try (ChildServer server = ChildServer.start(dir.resolve("notify.db"));
                NotifyClient client = recorder.attach(NotifyClient.builder(server.uri())
                                .clientId("survivor")
                                .backoff(Duration.ofMillis(50), Duration.ofMillis(500)))
                        .connect()) {
            long start = client.lastSeq();
            Api api = new Api(server);
            Publisher publisher = Publisher.start(api, 2, 100_000, "{\"message\": \"tick\", \"topic\": \"load\"}");
            try (publisher) {
                String[] stops = {"KILL", "TERM", "KILL"};
                for (int i = 0; i < stops.length; i++) {
                    int before = publisher.count();
                    Await.until("more acknowledged notifications", WAIT, () -> publisher.count() >= before + 40);
                    int disconnects = i + 1;
                    if (stops[i].equals("KILL")) {
                        server.kill();
                    } else {
                        server.stop();
                    }
                    Await.until(
                            "the client to notice",
                            WAIT,
                            () -> recorder.events(ConnectionEvent.Kind.DISCONNECTED)
                                            .size()
                                    >= disconnects,
                            () -> recorder.summary() + "\nserver on port " + server.port() + ":\n" + server.output());
                    server.start();
                    // Only a client on the restarted server can notice the next stop; without this wait the
                    // publisher's 40 acknowledgements could come before the client, backing off, reconnects.
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
            assertEquals(4, recorder.events(ConnectionEvent.Kind.CONNECTED).size(), recorder.summary());
            assertEquals(1, recorder.threads().size(), "callbacks run on one thread");
            assertEquals(0, recorder.overlaps(), "callbacks never run concurrently");
        }
    }
}
