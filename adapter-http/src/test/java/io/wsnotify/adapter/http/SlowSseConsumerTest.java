package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.wsnotify.application.CoreSettings;
import io.wsnotify.application.CustomNotification;
import io.wsnotify.application.live.QueueLimits;
import io.wsnotify.domain.JsonText;
import io.wsnotify.testsupport.Await;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A client that keeps its connection but stops reading fills its socket; the core then ends it
 * as a slow consumer, and the stream must let go: its socket is closed, its request and
 * delivery threads are freed (the open-stream count drops), while a client that reads gets
 * every notification.
 */
class SlowSseConsumerTest {
    private static final String PADDING = "p".repeat(16 * 1024);
    private static final int MOST_PUBLISHES = 2_000;

    @RegisterExtension
    static final TestServer server = TestServer.create()
            .withCoreSettings(new CoreSettings(
                    new QueueLimits(8, 1 << 20), CoreSettings.defaults().retention()));

    @Test
    void aStalledClientIsDroppedWhileAReadingClientGetsEverything() throws Exception {
        try (Socket stalled = stalledClient();
                EventStream reader = EventStream.open(server, "/events?topics=custom")) {
            Await.until(
                    "both streams are open",
                    Duration.ofSeconds(10),
                    () -> server.adapter().openSseStreams() == 2);

            int published = 0;
            while (server.core().live().stats().slowConsumerDisconnects() == 0) {
                if (++published > MOST_PUBLISHES) {
                    fail("the stalled client was not ended after " + MOST_PUBLISHES + " notifications");
                }
                publishAndAwait(reader, "bulk " + published);
            }

            Await.until(
                    "the stalled stream is released",
                    Duration.ofSeconds(10),
                    () -> server.adapter().openSseStreams() == 1);
            assertClosedByTheServer(stalled);
            publishAndAwait(reader, "after the drop");
        }
    }

    /** Publishes one large notification and waits until the reading client has it, in lockstep. */
    private static void publishAndAwait(EventStream reader, String message) throws InterruptedException {
        server.core()
                .notifications()
                .publish(new CustomNotification(
                        message, null, null, null, null, new JsonText("\"" + PADDING + "\""), Map.of()));
        assertEquals(message, ResponseJson.object(reader.nextData().data()).getString("message"));
    }

    /** Opens {@code /events} with a tiny receive buffer, reads the response head, then reads no more. */
    private static Socket stalledClient() throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(1024);
        socket.connect(new InetSocketAddress("localhost", server.port()), 5_000);
        socket.setSoTimeout(10_000);
        socket.getOutputStream()
                .write(("GET /events?topics=custom HTTP/1.1\r\nHost: localhost\r\n"
                                + "Accept: text/event-stream\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        String head = readHead(socket.getInputStream());
        assertTrue(head.startsWith("HTTP/1.1 200"), head);
        return socket;
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    /** Drains what the server had sent; the stream must then end (EOF or reset), not stay open. */
    private static void assertClosedByTheServer(Socket socket) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try {
            while (socket.getInputStream().read(buffer) >= 0) {
                // discard the frames the stalled client never read
            }
        } catch (SocketTimeoutException e) {
            fail("the server kept the stalled client's connection open");
        } catch (IOException reset) {
            // closed by the server with unsent data: a reset is a close too
        }
    }
}
