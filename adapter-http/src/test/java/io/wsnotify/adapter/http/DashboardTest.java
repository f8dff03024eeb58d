package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /} serves the dashboard page and {@code /web/*} its assets, from the classpath. */
class DashboardTest {
    @RegisterExtension
    static final TestServer server = TestServer.create();

    @Test
    void servesThePageAtTheRoot() {
        HttpResponse<String> response = server.get("/").send();

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(response.body().contains("<html"), "not the page");
    }

    @Test
    void servesItsScriptsAndStyles() {
        HttpResponse<String> script = server.get("/web/app.js").send();
        HttpResponse<String> style = server.get("/web/style.css").send();

        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElseThrow().contains("javascript"));
        assertEquals(200, style.statusCode());
        assertTrue(style.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
    }

    @Test
    void aMissingAssetIsANotFoundProblem() {
        ProblemAssert.assertProblem(server.get("/web/nothing-here.js").send(), 404);
        ProblemAssert.assertProblem(server.get("/web/../pom.xml").send(), 404);
    }
}
