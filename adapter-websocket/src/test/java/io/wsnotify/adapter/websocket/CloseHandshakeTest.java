package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * RFC 6455 §7.1: the closing handshake, whichever side starts it. The closing grace is a minute
 * here, so a connection that ends sooner ended because of the client's close, not the grace.
 */
class CloseHandshakeTest {
    private static final WebSocketSettings LONG_GRACE =
            new WebSocketSettings(List.of("*"), 100, 4096, Duration.ofMinutes(5), Duration.ofMinutes(1));

    @Test
    void clientCloseIsAnsweredThenTcpIsClosed() throws Exception {
        try (HostileBench bench = HostileBench.start(TestServer.with().settings(LONG_GRACE));
                HostileWsClient client = bench.open()) {
            bench.assertAlive(client);
            client.send(ClientFrame.close(1000, "bye"));
            ConnectionEnd end = client.awaitEnd();
            end.assertClosedWith(CloseCodes.NORMAL);
            assertEquals(ConnectionEnd.Tcp.CLOSED, end.tcp(), "an orderly TCP close");
            bench.assertGoneQuietly();
        }
    }

    @Test
    void afterTheCoresShutdownCloseTheClientsReplyEndsTheConnection() throws Exception {
        try (HostileBench bench = HostileBench.start(TestServer.with().settings(LONG_GRACE));
                HostileWsClient client = bench.open()) {
            long seq = bench.server.publish("before shutdown");
            assertEquals(seq, Frames.seq(client.next().text()));

            bench.server.core.close();
            ServerFrame close = client.next();
            assertEquals(CloseCodes.GOING_AWAY, close.closeCode(), close.toString());
            assertEquals("server shutting down; resume with since=" + seq, close.closeReason());
            assertEquals(1, bench.server.adapter.openConnections(), "the server waits for the client's close");

            client.send(ClientFrame.close(CloseCodes.GOING_AWAY, ""));
            ConnectionEnd end = client.awaitEnd();
            assertEquals(List.of(), end.frames(), "no second close frame");
            assertEquals(
                    ConnectionEnd.Tcp.CLOSED,
                    end.tcp(),
                    "TCP ends within " + JdkClient.WAIT + ", long before the closing grace");
            bench.assertGoneQuietly();
        }
    }

    @Test
    void adapterCloseSends1001AndEndsTheConnection() throws Exception {
        try (HostileBench bench = HostileBench.start(TestServer.with().settings(LONG_GRACE));
                HostileWsClient client = bench.open()) {
            long seq = bench.server.publish("before stop");
            assertEquals(seq, Frames.seq(client.next().text()));

            CompletableFuture<Void> stopped = CompletableFuture.runAsync(bench.server.adapter::close);
            ServerFrame close = client.next();
            assertEquals(CloseCodes.GOING_AWAY, close.closeCode(), close.toString());
            assertTrue(close.closeReason().endsWith("resume with since=" + seq), close.closeReason());
            client.send(ClientFrame.close(CloseCodes.GOING_AWAY, ""));
            ConnectionEnd end = client.awaitEnd();
            assertEquals(List.of(), end.frames(), "no second close frame");
            assertTrue(end.tcp() != ConnectionEnd.Tcp.STILL_OPEN, "TCP ended");
            stopped.get(JdkClient.WAIT.toMillis(), TimeUnit.MILLISECONDS);
            bench.assertGoneQuietly();
        }
    }

    @Test
    void clientThatEndsTcpWithoutACloseFrameIsForgotten() throws Exception {
        try (HostileBench bench = HostileBench.start(TestServer.with().settings(LONG_GRACE));
                HostileWsClient client = bench.open()) {
            client.send(ClientFrame.text("{\"op\":").notFinal());
            client.shutdownOutput();
            ConnectionEnd end = client.awaitEnd();
            assertEquals(List.of(), end.frames(), "no frame for a peer that is gone");
            assertTrue(end.tcp() != ConnectionEnd.Tcp.STILL_OPEN, "the server closes its side too");
            bench.assertGoneQuietly();
        }
    }

    @Test
    void clientThatNeverAnswersTheServersCloseIsDroppedAfterTheGrace() throws Exception {
        WebSocketSettings shortGrace =
                new WebSocketSettings(List.of("*"), 100, 4096, Duration.ofMinutes(5), Duration.ofMillis(300));
        try (HostileBench bench = HostileBench.start(TestServer.with().settings(shortGrace));
                HostileWsClient client = bench.open()) {
            bench.server.core.close();
            ConnectionEnd end = client.awaitEnd();
            end.assertClosedWith(CloseCodes.GOING_AWAY);
            bench.assertGoneQuietly();
        }
    }
}
