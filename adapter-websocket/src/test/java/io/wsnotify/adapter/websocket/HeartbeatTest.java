package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.testsupport.Await;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class HeartbeatTest {
    private static final WebSocketSettings FAST =
            new WebSocketSettings(List.of("*"), 100, 4096, Duration.ofMillis(200), Duration.ofMillis(600));
    private static final Duration SHORT_IDLE_TIMEOUT = Duration.ofSeconds(2);

    @Test
    void peerThatNeverAnswersPingsIsClosed() throws Exception {
        try (TestServer server = TestServer.start(FAST);
                RawClient silent = RawClient.connect(server.port(), "/ws/silent")) {
            assertEquals(101, silent.status);
            int pings = 0;
            RawClient.Frame frame;
            while ((frame = silent.read(JdkClient.WAIT)) != null && frame.opcode() != RawClient.CLOSE) {
                if (frame.opcode() == RawClient.PING) {
                    pings++;
                }
            }
            assertTrue(pings >= 1, "was pinged before being closed");
            assertNotNull(frame, "a close frame precedes the end");
            assertEquals(CloseCodes.GOING_AWAY, frame.closeCode());
            assertTrue(frame.closeReason().startsWith("heartbeat timeout"), frame.closeReason());
            assertEquals(null, silent.read(JdkClient.WAIT), "then the socket ends");
            Await.until(
                    "the silent connection to be forgotten",
                    JdkClient.WAIT,
                    () -> server.adapter.openConnections() == 0 && server.adapter.openConnections() == 0);
        }
    }

    @Test
    void clientThatAnswersPingsOutlivesThePingIntervalAndTheServerIdleTimeout() throws Exception {
        try (TestServer server = TestServer.with()
                        .settings(FAST)
                        .idleTimeout(SHORT_IDLE_TIMEOUT)
                        .start();
                JdkClient client = JdkClient.connect(server.uri("/ws/healthy"))) {
            Duration wellPastIdleTimeout = SHORT_IDLE_TIMEOUT.multipliedBy(2);
            assertThrows(
                    TimeoutException.class,
                    () -> client.closed.get(wellPastIdleTimeout.toMillis(), TimeUnit.MILLISECONDS),
                    () -> "closed: " + client.closed.getNow(null));
            assertTrue(client.pings.get() >= 3, "pinged " + client.pings.get() + " times");
            server.publish("still here");
            assertEquals("still here", Frames.string(client.next(), "message"));
            assertEquals(1, server.adapter.openConnections());
        }
    }

    @Test
    void withoutHeartbeatTheServerIdleTimeoutCutsAQuietClient() throws Exception {
        WebSocketSettings noHeartbeat =
                new WebSocketSettings(List.of("*"), 100, 4096, Duration.ofHours(1), Duration.ofHours(1));
        try (TestServer server = TestServer.with()
                        .settings(noHeartbeat)
                        .idleTimeout(SHORT_IDLE_TIMEOUT)
                        .start();
                JdkClient client = JdkClient.connect(server.uri("/ws/quiet"))) {
            JdkClient.Closed closed = client.awaitClose();
            assertFalse(closed.code() == CloseCodes.NORMAL && closed.reason().isEmpty(), closed.toString());
            Await.until(
                    "the idle connection to be forgotten", JdkClient.WAIT, () -> server.adapter.openConnections() == 0);
        }
    }
}
