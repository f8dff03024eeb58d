package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wsnotify.application.AccessPolicy;
import io.wsnotify.testsupport.Await;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The observer hears of every request once, with its route template and status. */
class RequestObserverTest {
    @RegisterExtension
    static final TestServer server = TestServer.create().withAccess(new AccessPolicy("pub", null));

    @BeforeEach
    void forget() {
        server.observed.clear();
    }

    @Test
    void reportsTheRouteTemplateNotThePath() {
        server.get("/tasks/1").send();
        server.get("/tasks/").send();
        server.get("/devices/999").send();

        assertObserved("GET /tasks/{id} 200", "GET /tasks 200", "GET /devices/{id} 404");
    }

    @Test
    void reportsErrorsAndRefusalsWithTheirRoute() {
        server.get("/tasks/abc").send();
        server.call("DELETE", "/tasks").bearer("pub").send();
        server.call("POST", "/tasks").json("{}").send();

        assertObserved("GET /tasks/{id} 400", "DELETE /tasks 405", "POST /tasks 401");
    }

    @Test
    void reportsPreflightsWithTheRouteTheyAskAbout() {
        server.call("OPTIONS", "/tasks/7")
                .header("Origin", "https://app.example")
                .header("Access-Control-Request-Method", "DELETE")
                .send();

        assertObserved("OPTIONS /tasks/{id} 204");
    }

    @Test
    void reportsPathsNoRouteServesAsUnmatched() {
        server.get("/no/such/thing").send();
        server.get("/tasks%2F1").send();

        assertObserved("GET unmatched 404", "GET unmatched 404");
    }

    @Test
    void reportsTheDashboard() {
        server.get("/").send();

        assertObserved("GET / 200");
    }

    private static void assertObserved(String... expected) {
        Await.until(
                "every request is observed", Duration.ofSeconds(10), () -> server.observed.size() >= expected.length);
        assertEquals(List.of(expected), List.copyOf(server.observed));
    }
}
