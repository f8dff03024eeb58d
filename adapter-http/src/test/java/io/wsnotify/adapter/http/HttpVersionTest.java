package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * HTTP/1.0 is answered 505 with a problem and the connection ends (issue 9.8), where Helidon alone
 * closed it without a word: {@code curl --http1.0}, nginx's default {@code proxy_http_version} and
 * old health checkers get a clear answer.
 */
class HttpVersionTest {
    private static final Duration BOUND = Duration.ofSeconds(10);

    @RegisterExtension
    static final TestServer server = TestServer.create();

    @Test
    void anHttp10RequestAsCurlSendsItIsAnswered505AndTheConnectionEnds() {
        HostileHttpClient.Exchange exchange = HostileHttpClient.send(
                server.port(),
                "GET /tasks HTTP/1.0\r\nHost: localhost\r\nUser-Agent: curl/8.5.0\r\nAccept: */*\r\n\r\n",
                BOUND);

        assertVersionRefused(exchange, "/tasks");
    }

    @Test
    void anHttp10PostIsRefusedWithoutBeingServed() {
        long before = server.newestSeq();
        String body = "{\"message\":\"over HTTP/1.0\"}";

        HostileHttpClient.Exchange exchange = HostileHttpClient.send(
                server.port(),
                "POST /notify HTTP/1.0\r\n" + "Content-Type: application/json\r\nContent-Length: " + body.length()
                        + "\r\n\r\n" + body,
                BOUND);

        assertVersionRefused(exchange, "/notify");
        assertEquals(before, server.newestSeq());
    }

    @Test
    void anHttp10RequestAfterAnHttp11OneOnTheSameConnectionIsRefusedToo() {
        HostileHttpClient.Exchange exchange = HostileHttpClient.send(
                server.port(), "GET /devices HTTP/1.1\r\nHost: localhost\r\n\r\nGET /devices HTTP/1.0\r\n\r\n", BOUND);

        assertEquals(List.of(200, 505), exchange.finalStatuses(), exchange.received());
        assertTrue(exchange.closedByServer(), exchange.received());
    }

    @Test
    void aHeadOverHttp10GetsTheStatusWithoutABody() {
        HostileHttpClient.Exchange exchange = HostileHttpClient.send(server.port(), "HEAD / HTTP/1.0\r\n\r\n", BOUND);

        assertEquals(List.of(505), exchange.finalStatuses(), exchange.received());
        assertTrue(exchange.received().endsWith("\r\n\r\n"), exchange.received());
        assertTrue(exchange.closedByServer(), exchange.received());
    }

    private static void assertVersionRefused(HostileHttpClient.Exchange exchange, String path) {
        String received = exchange.received();
        assertTrue(received.startsWith("HTTP/1.1 505 HTTP Version Not Supported\r\n"), received);
        assertTrue(received.contains("\r\nConnection: close\r\n"), received);
        assertTrue(received.contains("\r\nContent-Type: application/problem+json\r\n"), received);
        var problem = ResponseJson.object(RawHttp.body(received));
        assertEquals(505, problem.getInt("status"));
        assertEquals("HTTP Version Not Supported", problem.getString("title"));
        assertEquals(path, problem.getString("instance"));
        assertTrue(exchange.closedByServer(), received);
    }
}
