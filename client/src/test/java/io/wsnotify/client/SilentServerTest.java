package io.wsnotify.client;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.client.support.Api;
import io.wsnotify.client.support.ChildServer;
import io.wsnotify.client.support.InProcessServer;
import io.wsnotify.client.support.Recorder;
import io.wsnotify.testsupport.Await;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Heartbeats: the client answers the server's pings; a quiet server that answers the client's
 * {@code {"op":"ping"}} keeps the connection; a frozen one (SIGSTOP: its sockets stay open, nothing
 * comes back) is noticed and left, and the client comes back when the server does.
 */
class SilentServerTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void theServersPingsAreAnsweredSoAQuietClientIsNotClosed() throws Exception {
        Recorder recorder = new Recorder();
        try (InProcessServer server = InProcessServer.start(
                        dir.resolve("notify.db"),
                        "notify.delivery.ping-interval",
                        "PT0.2S",
                        "notify.delivery.pong-timeout",
                        "PT0.5S");
                NotifyClient client = recorder.attach(NotifyClient.builder(server.uri())
                                .clientId("quiet")
                                // No ping of its own for the whole test: only answers to the server's keep it open.
                                .heartbeat(Duration.ofMinutes(10), Duration.ofMinutes(1)))
                        .connect()) {
            Await.holds(
                    "the connection to stay up through many server pings",
                    Duration.ofSeconds(3),
                    () -> recorder.events(ConnectionEvent.Kind.DISCONNECTED).isEmpty(),
                    recorder::summary);
            long seq = new Api(server).publish("{\"message\": \"still here\"}");
            Await.until("the notification", WAIT, () -> client.lastSeq() == seq, recorder::summary);
        }
    }

    @Test
    void frozenServerIsDetectedAndTheClientResumesWhenItThaws() throws Exception {
        Recorder recorder = new Recorder();
        try (ChildServer server = ChildServer.start(dir.resolve("notify.db"));
                NotifyClient client = recorder.attach(NotifyClient.builder(server.uri())
                                .clientId("watchful")
                                .heartbeat(Duration.ofMillis(300), Duration.ofSeconds(2))
                                // Room for a cold server on a busy machine; an attempt made while the server is
                                // frozen waits in its listen queue and completes once it thaws.
                                .connectTimeout(Duration.ofSeconds(30))
                                .backoff(Duration.ofMillis(50), Duration.ofMillis(500)))
                        .connect()) {
            // Idle for many heartbeat periods: every ping the client sends must be answered.
            Await.holds(
                    "the quiet connection to stay up",
                    Duration.ofSeconds(3),
                    () -> recorder.events(ConnectionEvent.Kind.DISCONNECTED).isEmpty(),
                    recorder::summary);

            server.signal("STOP");
            try {
                Await.until(
                        "the frozen server to be noticed",
                        WAIT,
                        () -> !recorder.events(ConnectionEvent.Kind.DISCONNECTED)
                                .isEmpty(),
                        recorder::summary);
                assertTrue(
                        recorder.events(ConnectionEvent.Kind.DISCONNECTED)
                                .get(0)
                                .detail()
                                .contains("server silent"),
                        recorder.summary());
            } finally {
                server.signal("CONT");
            }
            Await.until(
                    "a new connection",
                    WAIT,
                    () -> recorder.events(ConnectionEvent.Kind.CONNECTED).size() == 2,
                    recorder::summary);
            long seq = new Api(server).publish("{\"message\": \"thawed\"}");
            Await.until("the notification after the thaw", WAIT, () -> client.lastSeq() == seq, recorder::summary);
        }
    }
}
