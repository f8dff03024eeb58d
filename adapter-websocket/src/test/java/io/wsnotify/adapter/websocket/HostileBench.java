package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wsnotify.testsupport.Await;
import java.io.IOException;
import java.time.Duration;

/**
 * A real server with its log watched, for the frame-level protocol tests: opens hostile clients and
 * judges how their connections ended, including that the server logged nothing alarming and that
 * the connection left the adapter's registry.
 */
final class HostileBench implements AutoCloseable {
    static final String PING = "{\"op\":\"ping\"}";
    static final String PONG = "{\"op\":\"pong\"}";

    final LogWatch log;
    final TestServer server;

    private HostileBench(TestServer.Options options) {
        log = LogWatch.start();
        server = options.start();
    }

    static HostileBench start() {
        return new HostileBench(TestServer.with());
    }

    static HostileBench start(TestServer.Options options) {
        return new HostileBench(options);
    }

    /** A hostile client on {@code /ws/hostile}; {@code frames} go in the handshake's TCP write. */
    HostileWsClient open(ClientFrame... frames) throws IOException {
        return HostileWsClient.open(server.port(), "/ws/hostile", frames);
    }

    /** A hostile client on {@code /ws/hostile} with a small socket receive buffer, so it can stop reading and soon be felt. */
    HostileWsClient openSlowReader() throws IOException {
        return HostileWsClient.open(server.port(), "/ws/hostile", 4096);
    }

    /**
     * Asserts the server failed the connection as RFC 6455 asks: a close frame with {@code code}
     * and nothing else (what followed the broken frame is not read), then the end of TCP; nothing
     * logged with a stack trace; the connection gone from the registry.
     */
    void assertFailed(HostileWsClient client, int code) throws IOException {
        ConnectionEnd end = client.awaitEnd();
        end.assertClosedWith(code);
        assertEquals(1, end.frames().size(), "only the close frame: " + end.frames());
        assertGoneQuietly();
    }

    /** Asserts no connection is left and nothing alarming was logged. */
    void assertGoneQuietly() {
        Await.until(
                "the connection to leave the registry",
                Duration.ofSeconds(10),
                () -> server.adapter.openConnections() == 0);
        log.assertNoTroubleLogged();
    }

    /** Asserts the connection is open and answering: {@code {"op":"ping"}} gets its pong next. */
    void assertAlive(HostileWsClient client) throws IOException {
        client.send(ClientFrame.text(PING));
        assertEquals(PONG, client.next().text());
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            log.close();
        }
    }
}
