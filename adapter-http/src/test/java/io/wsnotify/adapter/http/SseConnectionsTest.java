package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.testsupport.Await;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9.5: an {@code /events} stream whose client went away is noticed at once, not at the next
 * write (the heartbeat here is an hour away), so the gauge is exact; and streams count against the
 * node's connection limit.
 */
class SseConnectionsTest {
    private static final int STREAMS = 50;

    @Test
    void streamsOfClientsThatLeftAreForgottenWithoutWaitingForAWrite() throws Exception {
        try (TestServer server = TestServer.create()
                .withSettings(new HttpSettings(
                        List.of("*"), HttpSettings.DEFAULT_MAX_BODY_BYTES, Duration.ofHours(1), (m, r, s, d) -> {}))
                .start()) {
            List<Socket> clients = new ArrayList<>();
            for (int i = 0; i < STREAMS; i++) {
                clients.add(openStream(server, "/events"));
            }
            Await.until(
                    "every stream is counted",
                    Duration.ofSeconds(10),
                    () -> server.adapter().openSseStreams() == STREAMS);

            for (int i = 0; i < clients.size(); i++) {
                if (i % 2 == 0) {
                    clients.get(i).close();
                } else {
                    clients.get(i).setSoLinger(true, 0);
                    clients.get(i).close();
                }
            }

            Await.until(
                    "every stream is gone, though nothing was written to it",
                    Duration.ofSeconds(10),
                    () -> server.adapter().openSseStreams() == 0);
        }
    }

    @Test
    void streamsCountAgainstTheConnectionLimit() throws Exception {
        try (TestServer server = TestServer.create().withMaxConnections(2).start()) {
            Socket first = openStream(server, "/events");
            Socket second = openStream(server, "/events?topics=custom");
            Await.until(
                    "both streams are open",
                    Duration.ofSeconds(10),
                    () -> server.adapter().openSseStreams() == 2);

            String refused = RawHttp.get(server, "/events", "Accept: text/event-stream");
            assertTrue(refused.startsWith("HTTP/1.1 503"), refused);
            assertTrue(refused.contains("Retry-After"), refused);
            assertTrue(refused.contains("application/problem+json"), refused);

            first.close();
            Await.until(
                    "the first stream is gone",
                    Duration.ofSeconds(10),
                    () -> server.adapter().openSseStreams() == 1);
            try (Socket third = openStream(server, "/events")) {
                Await.until(
                        "a place came free",
                        Duration.ofSeconds(10),
                        () -> server.adapter().openSseStreams() == 2);
            }
            second.close();
        }
    }

    /** Opens a stream on a raw socket and reads its response head. */
    private static Socket openStream(TestServer server, String path) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("localhost", server.port()), 5_000);
        socket.setSoTimeout(10_000);
        socket.getOutputStream()
                .write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        assertEquals("HTTP/1.1 200", head.substring(0, 12), head.toString());
        return socket;
    }
}
