package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.domain.Notification;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An answer after which the request boundary is unknown ends the connection, so nothing after it
 * is read as a request: the hidden requests below are never executed (helidon-io/helidon#12324).
 */
class RequestSmugglingTest {
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final String HIDDEN_BODY = "{\"message\":\"smuggled\"}";
    private static final String HIDDEN =
            "POST /notify HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + "Content-Length: "
                    + HIDDEN_BODY.length() + "\r\n\r\n" + HIDDEN_BODY;

    @RegisterExtension
    static final TestServer server = TestServer.create();

    @Test
    void aChunkHidingARequestBehindAnExtensionIsOneBadBodyAndTheConnectionEnds() {
        String request = post("Transfer-Encoding: chunked") + Integer.toHexString(HIDDEN.length()) + ";ext=1\r\n"
                + HIDDEN + "\r\n0\r\n\r\n";

        HostileHttpClient.Exchange exchange = HostileHttpClient.send(server.port(), request, BOUND);

        assertEquals(List.of(400), exchange.finalStatuses(), exchange.received());
        assertTrue(exchange.closedByServer(), exchange.received());
        assertNothingSmuggled();
    }

    @Test
    void aMalformedChunkSizeEndsTheConnectionBeforeTheRequestBehindIt() {
        String request = post("Transfer-Encoding: chunked") + "zz\r\n" + HIDDEN;

        HostileHttpClient.Exchange exchange = HostileHttpClient.send(server.port(), request, BOUND);

        assertEquals(List.of(400), exchange.finalStatuses(), exchange.received());
        assertTrue(exchange.closedByServer(), exchange.received());
        assertNothingSmuggled();
    }

    @Test
    void aHugeDeclaredLengthIsRefusedAndTheRequestInsideItIsNeverRead() {
        String request = post("Content-Length: 2097152") + HIDDEN;

        HostileHttpClient.Exchange exchange = HostileHttpClient.send(server.port(), request, BOUND);

        assertEquals(List.of(413), exchange.finalStatuses(), exchange.received());
        assertTrue(exchange.closedByServer(), exchange.received());
        assertNothingSmuggled();
    }

    @Test
    void aModeratelyOversizedBodyIsDrainedAndRefusedAndTheConnectionEnds() {
        String padding = "x".repeat(70_000);
        String request = post("Content-Length: " + (HIDDEN.length() + padding.length())) + HIDDEN + padding + HIDDEN;

        HostileHttpClient.Exchange exchange = HostileHttpClient.send(server.port(), request, BOUND);

        assertEquals(List.of(413), exchange.finalStatuses(), exchange.received());
        assertTrue(exchange.closedByServer(), exchange.received());
        assertNothingSmuggled();
    }

    @Test
    void aChunkedBodyOverTheLimitEndsTheConnection() {
        String chunk = "{\"message\":\"" + "x".repeat(HttpSettings.DEFAULT_MAX_BODY_BYTES) + "\"}";
        String request = post("Transfer-Encoding: chunked") + Integer.toHexString(chunk.length()) + "\r\n" + chunk
                + "\r\n0\r\n\r\n" + HIDDEN;

        HostileHttpClient.Exchange exchange = HostileHttpClient.send(server.port(), request, BOUND);

        assertEquals(List.of(413), exchange.finalStatuses(), exchange.received());
        assertTrue(exchange.closedByServer(), exchange.received());
        assertNothingSmuggled();
    }

    @Test
    void chunkExtensionsAndTrailersAreIgnoredAndTheBodyIsServed() {
        String body = "{\"message\":\"chunks with extensions\"}";
        String request = post("Transfer-Encoding: chunked") + "5;name=value ; other\r\n" + body.substring(0, 5)
                + "\r\n" + Integer.toHexString(body.length() - 5) + " ;x=\"quoted\"\r\n" + body.substring(5)
                + "\r\n0;last\r\nX-Trailer: ignored\r\n\r\n";

        HostileHttpClient.Exchange exchange = HostileHttpClient.send(server.port(), request, BOUND);

        assertEquals(List.of(202), exchange.finalStatuses(), exchange.received());
        assertTrue(exchange.received().contains("\"message\":\"chunks with extensions\""), exchange.received());
        assertTrue(exchange.closedByServer(), "a chunked request ends its connection: " + exchange.received());
    }

    @Test
    void aChunkedBodyAskingToContinueIsToldToGoOn() {
        String body = "{\"message\":\"after continue\"}";
        String request = post("Transfer-Encoding: chunked", "Expect: 100-continue") + Integer.toHexString(body.length())
                + "\r\n" + body + "\r\n0\r\n\r\n";

        HostileHttpClient.Exchange exchange = HostileHttpClient.send(server.port(), request, BOUND);

        assertEquals(100, exchange.statuses().getFirst(), exchange.received());
        assertEquals(List.of(202), exchange.finalStatuses(), exchange.received());
    }

    @Test
    void wellFormedPipelinedRequestsStillShareTheConnection() {
        String first = "{\"message\":\"first\"}";
        String second = "{\"message\":\"second\"}";
        String request = post("Content-Length: " + first.length())
                + first
                + post("Content-Length: " + second.length(), "Connection: close")
                + second;

        HostileHttpClient.Exchange exchange = HostileHttpClient.send(server.port(), request, BOUND);

        assertEquals(List.of(202, 202), exchange.finalStatuses(), exchange.received());
        assertTrue(exchange.closedByServer(), exchange.received());
    }

    private static String post(String... headers) {
        StringBuilder head =
                new StringBuilder("POST /notify HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    private static void assertNothingSmuggled() {
        for (Notification notification : server.loggedAfter(0)) {
            assertTrue(!"smuggled".equals(notification.content().message()), "a hidden request was executed");
        }
    }
}
