package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HEAD on every GET route answers like the GET without its body (issue 12.4): same status, same
 * Content-Type and headers, the Content-Length of the GET's body, and not a byte of body (a GET
 * sent right behind the HEAD on the same connection is answered at once after the HEAD's head).
 */
class HeadTest {
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final List<String> SAME_HEADERS = List.of(
            "content-type", "allow", "upgrade", "cache-control", "notify-seq", "etag", "location", "x-accel-buffering");

    @RegisterExtension
    static final TestServer server = TestServer.create()
            .withDocs()
            .withServerConfig(builder -> builder.featuresDiscoverServices(false)
                    .addFeature(ObserveFeature.builder()
                            .observersDiscoverServices(false)
                            .addObserver(HealthObserver.builder().details(true).build())
                            .build()));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/tasks",
                "/tasks/",
                "/tasks?limit=2&status=pending",
                "/tasks/1",
                "/devices",
                "/devices/3/",
                "/notifications?since=0",
                "/",
                "/web/app.js",
                "/web/style.css",
                "/docs",
                "/redoc/",
                "/openapi",
                "/openapi.json",
                "/openapi?format=JSON",
                "/docs/init.js",
                "/docs/assets/swagger-ui.css",
                "/observe/health",
                "/tasks/abc",
                "/tasks/999999",
                "/devices/0",
                "/tasks?limit=x",
                "/nope",
                "/web/missing.js",
                "/openapi?format=XML",
                "/ws/me",
                "/notify",
                "/tasks%2F1"
            })
    void aHeadIsAnsweredLikeTheGetWithoutItsBody(String target) {
        HostileHttpClient.Exchange exchange = HostileHttpClient.send(
                server.port(),
                "HEAD " + target
                        + " HTTP/1.1\r\nHost: localhost\r\n\r\nGET " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Connection: close\r\n\r\n",
                BOUND);

        String received = exchange.received();
        int headEnd = received.indexOf("\r\n\r\n") + 4;
        Response head = Response.parse(received.substring(0, headEnd));
        Response get = Response.parse(received.substring(headEnd));
        if (target.equals("/notify")) {
            assertEquals("HTTP/1.1 405 Method Not Allowed", head.statusLine(), received);
            assertTrue(get.body().contains("Method GET"), received);
            return;
        }
        assertEquals(get.statusLine(), head.statusLine(), received);
        for (String name : SAME_HEADERS) {
            assertEquals(get.headers().get(name), head.headers().get(name), name + " in " + received);
        }
        assertEquals(
                String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length),
                head.headers().get("content-length"),
                "the HEAD's Content-Length is the GET's body: " + received);
        assertTrue(get.body().length() > 0, "a GET with a body to leave out: " + received);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/notify", "/notify/"})
    void aHeadOnAPostOnlyRouteIsA405NamingHead(String target) {
        String received = HostileHttpClient.send(
                        server.port(),
                        "HEAD " + target + " HTTP/1.1\r\nHost: localhost\r\n" + "Connection: close\r\n\r\n",
                        BOUND)
                .received();

        Response head = Response.parse(received);
        assertEquals("HTTP/1.1 405 Method Not Allowed", head.statusLine(), received);
        assertEquals("POST", head.headers().get("allow"));
        assertTrue(received.endsWith("\r\n\r\n"), "no body: " + received);
        assertFalse(head.headers().get("content-length").equals("0"), received);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/events", "/events/?since=0&topics=tasks", "/events?client_id=viewer"})
    void aHeadOnTheEventStreamGetsItsHeadWithoutOpeningIt(String target) {
        HostileHttpClient.Exchange exchange = HostileHttpClient.send(
                server.port(),
                "HEAD " + target
                        + " HTTP/1.1\r\nHost: localhost\r\n\r\nGET /devices/1 HTTP/1.1\r\nHost: localhost\r\n"
                        + "Connection: close\r\n\r\n",
                BOUND);

        String received = exchange.received();
        Response head = Response.parse(received.substring(0, received.indexOf("\r\n\r\n") + 4));
        assertEquals("HTTP/1.1 200 OK", head.statusLine(), received);
        assertEquals("text/event-stream", head.headers().get("content-type"));
        assertEquals("no-cache", head.headers().get("cache-control"));
        assertFalse(head.headers().containsKey("content-length"), "a stream has no length: " + received);
        assertFalse(head.headers().containsKey("transfer-encoding"), received);
        assertEquals(List.of(200, 200), exchange.finalStatuses(), "the connection goes on: " + received);
        assertEquals(0, server.adapter().openSseStreams());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/events?since=x", "/events?topics=BAD", "/events?client_id=no%20spaces"})
    void aBadHeadOnTheEventStreamIsRefusedLikeItsGet(String target) {
        String received = HostileHttpClient.send(
                        server.port(),
                        "HEAD " + target + " HTTP/1.1\r\nHost: localhost\r\n" + "Connection: close\r\n\r\n",
                        BOUND)
                .received();

        assertTrue(received.startsWith("HTTP/1.1 400 Bad Request\r\n"), received);
        assertTrue(received.endsWith("\r\n\r\n"), "no body: " + received);
    }

    /** One response: status line, headers by lower-case name, and the body after the head (chunks joined). */
    private record Response(String statusLine, Map<String, String> headers, String body) {
        static Response parse(String text) {
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
            String body = text.substring(end + 4);
            return new Response(
                    lines[0], headers, "chunked".equals(headers.get("transfer-encoding")) ? dechunk(body) : body);
        }

        private static String dechunk(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            int size;
            while ((size = Integer.parseInt(
                            chunked.substring(at, chunked.indexOf("\r\n", at)).strip(), 16))
                    > 0) {
                int start = chunked.indexOf("\r\n", at) + 2;
                body.append(chunked, start, start + size);
                at = start + size + 2;
            }
            return body.toString();
        }
    }
}
