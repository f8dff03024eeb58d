package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A browser can send a body-only cross-origin POST without a preflight when it has no
 * Content-Type or a CORS-safelisted one (issue 9.6). Such a body is refused (415), and a write
 * from an origin outside the allow-list is refused (403) before anything changes.
 */
class CrossOriginWriteTest {
    private static final String ALLOWED = "https://app.example";
    private static final String FOREIGN = "https://evil.example";
    private static final Duration BOUND = Duration.ofSeconds(10);

    @RegisterExtension
    static final TestServer listed = TestServer.create()
            .withSettings(new HttpSettings(
                    List.of(ALLOWED), HttpSettings.DEFAULT_MAX_BODY_BYTES, Duration.ofSeconds(15), (m, r, s, d) -> {}));

    @RegisterExtension
    static final TestServer open = TestServer.create();

    @ParameterizedTest
    @ValueSource(strings = {"POST /tasks", "POST /notify", "PUT /tasks/1", "PUT /devices/1"})
    void aBodyWithoutContentTypeIsRefusedAndChangesNothing(String target) {
        String before = open.get("/tasks?limit=1000").send().body()
                + open.get("/devices").send().body();
        long seq = open.newestSeq();
        String body = target.endsWith("/devices/1") ? "{\"online\":true}" : "{\"name\":\"x\",\"status\":\"completed\"}";

        HostileHttpClient.Exchange exchange = HostileHttpClient.send(
                open.port(),
                target + " HTTP/1.1\r\n"
                        + "Host: localhost\r\nOrigin: " + FOREIGN + "\r\nConnection: close\r\nContent-Length: "
                        + body.length()
                        + "\r\n\r\n" + body,
                BOUND);

        assertEquals(List.of(415), exchange.finalStatuses(), exchange.received());
        assertTrue(exchange.received().contains("application/problem+json"), exchange.received());
        assertEquals(
                before,
                open.get("/tasks?limit=1000").send().body()
                        + open.get("/devices").send().body());
        assertEquals(seq, open.newestSeq());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"})
    void aSafelistedContentTypeIsRefused(String contentType) {
        HttpResponse<String> response = open.call("POST", "/tasks")
                .header("Origin", FOREIGN)
                .header("Content-Type", contentType)
                .json("{\"name\":\"x\"}")
                .send();

        ProblemAssert.assertProblem(response, 415);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST /tasks", "PUT /tasks/1", "DELETE /tasks/1", "PUT /devices/1", "POST /notify"})
    void aWriteFromAnOriginOutsideTheListIsForbiddenBeforeAnythingChanges(String target) {
        String[] parts = target.split(" ");
        String before = listed.get("/tasks?limit=1000").send().body()
                + listed.get("/devices").send().body();
        long seq = listed.newestSeq();
        Call call = listed.call(parts[0], parts[1]).header("Origin", FOREIGN);
        if (!parts[0].equals("DELETE")) {
            call.json(
                    parts[1].startsWith("/devices")
                            ? "{\"online\":true}"
                            : "{\"name\":\"x\",\"status\":\"completed\"}");
        }

        HttpResponse<String> response = call.send();

        ProblemAssert.assertProblem(response, 403);
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertEquals(
                before,
                listed.get("/tasks?limit=1000").send().body()
                        + listed.get("/devices").send().body());
        assertEquals(seq, listed.newestSeq());
    }

    @Test
    void aForeignWriteWithoutContentTypeIsForbiddenAtTheWire() {
        long seq = listed.newestSeq();
        String body = "{\"message\":\"cross-site\"}";

        HostileHttpClient.Exchange exchange = HostileHttpClient.send(
                listed.port(),
                "POST /notify HTTP/1.1\r\n" + "Host: localhost\r\nOrigin: " + FOREIGN + "\r\nContent-Length: "
                        + body.length() + "\r\n\r\n" + body,
                BOUND);

        assertEquals(List.of(403), exchange.finalStatuses(), exchange.received());
        assertTrue(exchange.closedByServer(), "the unread body ends the connection: " + exchange.received());
        assertEquals(seq, listed.newestSeq());
    }

    @Test
    void anAllowedOriginWrites() {
        HttpResponse<String> response = listed.call("POST", "/tasks")
                .header("Origin", ALLOWED)
                .json("{\"name\":\"from the app\"}")
                .send();

        assertEquals(201, response.statusCode(), response.body());
        assertEquals(
                ALLOWED,
                response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
    }

    @Test
    void theServersOwnPagesWriteWithoutBeingListed() {
        HttpResponse<String> response = listed.call("POST", "/tasks")
                .header("Origin", "http://localhost:" + listed.port())
                .json("{\"name\":\"from the dashboard\"}")
                .send();

        assertEquals(201, response.statusCode(), response.body());
    }

    @Test
    void aForeignOriginStillReads() {
        assertEquals(200, listed.get("/tasks").header("Origin", FOREIGN).send().statusCode());
    }

    @Test
    void anyOriginWritesByDefault() {
        HttpResponse<String> response = open.call("POST", "/tasks")
                .header("Origin", FOREIGN)
                .json("{\"name\":\"anyone\"}")
                .send();

        assertEquals(201, response.statusCode(), response.body());
    }
}
