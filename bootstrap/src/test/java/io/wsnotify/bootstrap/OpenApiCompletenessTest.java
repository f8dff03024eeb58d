package io.wsnotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.adapter.http.docs.ApiDocs;
import io.wsnotify.bootstrap.support.HttpCalls;
import io.wsnotify.bootstrap.support.RunningApplications;
import io.wsnotify.bootstrap.support.TestConfig;
import io.wsnotify.bootstrap.support.WsClient;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route the server answers is in the OpenAPI document and every documented operation is
 * served. Helidon routing cannot be listed, so {@link #ROUTES} names each route the adapters
 * register; it is checked against the running server and against {@link ApiDocs}.
 */
class OpenApiCompletenessTest {
    /** Method, path template, and a concrete path to call it on (seed data has task 1 and device 1). */
    private record Route(String method, String template, String sample, String body) {}

    private static final List<Route> ROUTES = List.of(
            new Route("GET", "/tasks", "/tasks", null),
            new Route("POST", "/tasks", "/tasks", "{\"name\": \"Documented\"}"),
            new Route("GET", "/tasks/{id}", "/tasks/1", null),
            new Route("PUT", "/tasks/{id}", "/tasks/1", "{\"status\": \"in_progress\"}"),
            new Route("DELETE", "/tasks/{id}", "/tasks/2", null),
            new Route("GET", "/devices", "/devices", null),
            new Route("GET", "/devices/{id}", "/devices/1", null),
            new Route("PUT", "/devices/{id}", "/devices/1", "{\"online\": false}"),
            new Route("POST", "/notify", "/notify", "{\"message\": \"hello\"}"),
            new Route("GET", "/notifications", "/notifications", null),
            new Route("GET", "/events", "/events", null),
            new Route("GET", "/ws/{client_id}", "/ws/documented", null),
            new Route("GET", "/openapi", "/openapi", null),
            new Route("GET", "/openapi.json", "/openapi.json", null),
            new Route("GET", "/docs", "/docs", null),
            new Route("GET", "/redoc", "/redoc", null),
            new Route("GET", "/observe/health", "/observe/health", null),
            new Route("GET", "/observe/health/live", "/observe/health/live", null),
            new Route("GET", "/observe/health/ready", "/observe/health/ready", null),
            new Route("GET", "/observe/metrics", "/observe/metrics", null),
            new Route("GET", "/", "/", null));

    /** Served but not API operations: page assets of the dashboard and the docs UIs. */
    private static final List<String> ASSETS =
            List.of("/web/app.js", "/web/style.css", "/docs/init.js", "/redoc/init.js");

    @RegisterExtension
    final RunningApplications applications = new RunningApplications();

    @TempDir
    Path dir;

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedOperationIsARoute() {
        Map<String, Set<String>> served = new LinkedHashMap<>();
        ROUTES.forEach(route -> served.computeIfAbsent(route.template(), t -> new LinkedHashSet<>())
                .add(route.method()));
        assertEquals(served, ApiDocs.documentedOperations());
        assertEquals(served.keySet(), ApiDocs.documentedPaths());
    }

    @Test
    void everyListedRouteIsServed() throws Exception {
        NotifyApplication app = applications.start(
                TestConfig.with(TestConfig.quiet(dir.resolve("notify.db")), "notify.seed-data", "true"));
        HttpCalls http = new HttpCalls(app.port());
        List<String> missing = new ArrayList<>();
        for (Route route : ROUTES) {
            int status = route.template().startsWith("/ws/")
                    ? webSocketStatus(app.port(), route.sample())
                    : status(http, route);
            if (status == 404 || status == 405) {
                missing.add(route.method() + " " + route.sample() + " -> " + status);
            }
        }
        for (String asset : ASSETS) {
            if (http.get(asset).statusCode() != 200) {
                missing.add("GET " + asset);
            }
        }
        assertTrue(missing.isEmpty(), "not served: " + missing);
    }

    private static int status(HttpCalls http, Route route) throws Exception {
        HttpRequest.BodyPublisher body = route.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(route.body());
        HttpRequest.Builder request = http.request(route.sample()).method(route.method(), body);
        if (route.body() != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<InputStream> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }

    private static int webSocketStatus(int port, String path) throws Exception {
        WsClient client = WsClient.connect(port, path);
        client.close();
        return 101;
    }
}
