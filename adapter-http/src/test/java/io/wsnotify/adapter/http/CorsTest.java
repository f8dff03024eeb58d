package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CORS with a configured origin list, and the default that allows any origin. */
class CorsTest {
    private static final String ALLOWED = "https://app.example";
    private static final String FOREIGN = "https://evil.example";

    @RegisterExtension
    static final TestServer listed = TestServer.create()
            .withSettings(new HttpSettings(
                    List.of(ALLOWED), HttpSettings.DEFAULT_MAX_BODY_BYTES, Duration.ofSeconds(15), (m, r, s, d) -> {}));

    @RegisterExtension
    static final TestServer open = TestServer.create();

    @Test
    void answersAPreflightFromAnAllowedOrigin() {
        HttpResponse<String> response = preflight(listed, ALLOWED);

        assertEquals(204, response.statusCode());
        assertEquals(ALLOWED, header(response, "Access-Control-Allow-Origin"));
        assertTrue(header(response, "Access-Control-Allow-Methods").contains("DELETE"));
        String headers = header(response, "Access-Control-Allow-Headers");
        assertTrue(
                headers.contains("Authorization")
                        && headers.contains("Content-Type")
                        && headers.contains("Last-Event-ID"),
                headers);
        assertEquals("600", header(response, "Access-Control-Max-Age"));
    }

    @Test
    void refusesAPreflightFromAForeignOrigin() {
        HttpResponse<String> response = preflight(listed, FOREIGN);

        ProblemAssert.assertProblem(response, 403);
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void exposesNotifySeqAndLocationToAnAllowedOrigin() {
        HttpResponse<String> response =
                listed.get("/tasks").header("Origin", ALLOWED).send();

        assertEquals(ALLOWED, header(response, "Access-Control-Allow-Origin"));
        assertEquals("Notify-Seq, Location", header(response, "Access-Control-Expose-Headers"));
        assertEquals("Origin", header(response, "Vary"));
    }

    @Test
    void errorsCarryCorsHeadersToo() {
        HttpResponse<String> response =
                listed.get("/tasks/abc").header("Origin", ALLOWED).send();

        ProblemAssert.assertProblem(response, 400);
        assertEquals(ALLOWED, header(response, "Access-Control-Allow-Origin"));
    }

    @Test
    void givesAForeignOriginNoCorsHeaders() {
        HttpResponse<String> response =
                listed.get("/tasks").header("Origin", FOREIGN).send();

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertTrue(
                response.headers().firstValue("Access-Control-Expose-Headers").isEmpty());
    }

    @Test
    void allowsAnyOriginByDefault() {
        HttpResponse<String> preflight = preflight(open, FOREIGN);
        HttpResponse<String> read =
                open.get("/devices").header("Origin", FOREIGN).send();

        assertEquals(204, preflight.statusCode());
        assertEquals("*", header(preflight, "Access-Control-Allow-Origin"));
        assertEquals("*", header(read, "Access-Control-Allow-Origin"));
    }

    private static HttpResponse<String> preflight(TestServer server, String origin) {
        return server.call("OPTIONS", "/tasks/1")
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .send();
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name));
    }
}
