package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.domain.JsonText;
import io.wsnotify.testsupport.Await;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a client does while the server's close is under way (RFC 6455 §7.1). The closing grace is a
 * minute, so a connection that ends within the tests' wait ended because of what the client did.
 */
class ClosingConnectionTest {
    private static final WebSocketSettings LONG_GRACE =
            new WebSocketSettings(List.of("*"), 100, 4096, Duration.ofMinutes(5), Duration.ofMinutes(1));

    @Test
    void brokenFrameInsteadOfTheCloseReplyEndsTheConnectionAtOnce() throws Exception {
        try (HostileBench bench = HostileBench.start(TestServer.with().settings(LONG_GRACE));
                HostileWsClient client = bench.open()) {
            bench.server.core.close();
            assertEquals(CloseCodes.GOING_AWAY, client.next().closeCode());
            client.send(ClientFrame.of(0xB, new byte[0]));
            ConnectionEnd end = client.awaitEnd();
            assertEquals(List.of(), end.frames(), "no second close frame");
            assertNotEquals(ConnectionEnd.Tcp.STILL_OPEN, end.tcp(), "TCP ends long before the closing grace");
            bench.assertGoneQuietly();
        }
    }

    /**
     * One I/O lane, so the order is certain: the core's shutdown hands both connections' ends to
     * the lane before it returns, and the lane runs queued tasks before it reads again; once the
     * probe has its close, the half-written connection is closing too when the client's close is read.
     */
    @Test
    void clientsCloseWhileTheServersCloseWaitsBehindAHalfWrittenFrameIsAnsweredAfterThatFrame() throws Exception {
        WebSocketSettings oneLane =
                new WebSocketSettings(List.of("*"), 100, 4096, Duration.ofMinutes(5), Duration.ofMinutes(1), 1);
        String data = "\"" + "d".repeat(300_000) + "\"";
        try (HostileBench bench =
                        HostileBench.start(TestServer.with().settings(oneLane).sendBuffer(16 * 1024));
                HostileWsClient probe = bench.open();
                HostileWsClient client = bench.openSlowReader()) {
            long seq = bench.server.publish("big", null, null, new JsonText(data));
            assertEquals(seq, Frames.seq(probe.next().text()));
            Await.until("the big frame to start arriving", JdkClient.WAIT, () -> available(client) > 0);
            bench.server.core.close();
            assertEquals(CloseCodes.GOING_AWAY, probe.next().closeCode());
            client.send(ClientFrame.close(CloseCodes.NORMAL, "bye"));

            ConnectionEnd end = client.awaitEnd();
            assertEquals(2, end.frames().size(), "the whole notification, then the close: " + end.frames());
            assertEquals(seq, Frames.seq(end.frames().getFirst().text()));
            assertTrue(end.frames().getFirst().text().contains(data), "the notification arrived whole");
            end.assertClosedWith(CloseCodes.NORMAL);
            probe.send(ClientFrame.close(CloseCodes.GOING_AWAY, ""));
            bench.assertGoneQuietly();
        }
    }

    private static int available(HostileWsClient client) {
        try {
            return client.available();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
