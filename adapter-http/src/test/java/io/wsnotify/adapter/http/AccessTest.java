package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.application.AccessPolicy;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bearer tokens (DESIGN §6): publish token for changes, subscribe token for reads and streams. */
class AccessTest {
    private static final String PUBLISH = "publish-secret";
    private static final String SUBSCRIBE = "subscribe-secret";
    private static final String REALM = "Bearer realm=\"websockets-notify\"";

    @RegisterExtension
    static final TestServer server = TestServer.create().withAccess(new AccessPolicy(PUBLISH, SUBSCRIBE));

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET, /tasks, ",
        "GET, /tasks/1, ",
        "GET, /devices, ",
        "GET, /devices/1/, ",
        "GET, /notifications, ",
        "GET, /events, ",
        "POST, /tasks, '{\"name\":\"x\"}'",
        "PUT, /tasks/1?status=completed, ",
        "DELETE, /tasks/2, ",
        "PUT, /devices/1, '{\"online\":true}'",
        "POST, /notify, '{\"message\":\"m\"}'"
    })
    void refusesAMissingOrWrongToken(String method, String path, String body) {
        long before = server.newestSeq();

        HttpResponse<String> none = request(method, path, body).send();
        HttpResponse<String> wrong =
                request(method, path, body).bearer("not-the-token").send();
        HttpResponse<String> wrongInQuery = request(
                        method, path + (path.contains("?") ? "&" : "?") + "token=nope", body)
                .send();

        ProblemAssert.assertProblem(none, 401);
        assertEquals(REALM, none.headers().firstValue("WWW-Authenticate").orElseThrow());
        ProblemAssert.assertProblem(wrong, 401);
        assertTrue(wrong.headers()
                .firstValue("WWW-Authenticate")
                .orElseThrow()
                .startsWith(REALM + ", error=\"invalid_token\", error_description="));
        ProblemAssert.assertProblem(wrongInQuery, 401);
        assertEquals(before, server.newestSeq());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tasks", "/devices/1", "/notifications?since=0"})
    void readsNeedTheSubscribeTokenOrThePublishToken(String path) {
        assertEquals(200, server.get(path).bearer(SUBSCRIBE).send().statusCode());
        assertEquals(200, server.get(path).bearer(PUBLISH).send().statusCode());
        assertEquals(
                200,
                server.get(path + (path.contains("?") ? "&" : "?") + "token=" + SUBSCRIBE)
                        .send()
                        .statusCode());
    }

    @Test
    void changesNeedThePublishToken() {
        HttpResponse<String> withSubscribe = server.call("POST", "/tasks")
                .bearer(SUBSCRIBE)
                .json("{\"name\":\"x\"}")
                .send();
        HttpResponse<String> withPublish = server.call("POST", "/tasks")
                .bearer(PUBLISH)
                .json("{\"name\":\"x\"}")
                .send();
        HttpResponse<String> inQuery = server.call("POST", "/notify?token=" + PUBLISH)
                .json("{\"message\":\"m\"}")
                .send();
        HttpResponse<String> deleted =
                server.call("DELETE", "/tasks/3").bearer(PUBLISH).send();

        ProblemAssert.assertProblem(withSubscribe, 401);
        assertEquals(201, withPublish.statusCode());
        assertEquals(202, inQuery.statusCode());
        assertEquals(200, deleted.statusCode());
    }

    @Test
    void theQueryTokenCountsWhenTheHeaderIsNoBearerToken() {
        HttpResponse<String> basic = server.get("/tasks?token=" + SUBSCRIBE)
                .header("Authorization", "Basic dXNlcjpwYXNz")
                .send();
        HttpResponse<String> bearerWithout = server.get("/tasks?token=" + SUBSCRIBE)
                .header("Authorization", "Bearer")
                .send();

        assertEquals(200, basic.statusCode(), basic.body());
        assertEquals(200, bearerWithout.statusCode(), bearerWithout.body());
    }

    @Test
    void theBearerHeaderWinsOverTheQueryToken() {
        HttpResponse<String> response =
                server.get("/tasks?token=" + SUBSCRIBE).bearer("wrong").send();

        ProblemAssert.assertProblem(response, 401);
    }

    @Test
    void anEmptyTokenAsksForOneRatherThanCallingItWrong() {
        HttpResponse<String> response = server.get("/tasks?token=").send();

        ProblemAssert.assertProblem(response, 401);
        assertEquals(REALM, response.headers().firstValue("WWW-Authenticate").orElseThrow());
    }

    @Test
    void theEventStreamOpensWithTheSubscribeToken() throws Exception {
        try (EventStream stream = EventStream.open(server, "/events?token=" + SUBSCRIBE)) {
            assertEquals(200, stream.status());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/web/app.js", "/docs", "/redoc/", "/openapi", "/observe/health", "/favicon.ico"})
    void docsHealthAndTheDashboardStayOpen(String path) {
        assertNotEquals(401, server.get(path).send().statusCode());
    }

    @Test
    void preflightsStayOpen() {
        HttpResponse<String> response = server.call("OPTIONS", "/tasks")
                .header("Origin", "http://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .send();

        assertEquals(204, response.statusCode());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/web/../tasks",
                "/docs/../tasks",
                "/observe/health/../../tasks",
                "/web;/../tasks",
                "/./tasks",
                "//tasks"
            })
    void openPrefixesDoNotOpenOtherPathsThroughDotSegments(String target) {
        String response = RawHttp.get(server, target);

        assertTrue(response.startsWith("HTTP/1.1 401"), response);
    }

    @Test
    void unknownPathsAreProtectedToo() {
        ProblemAssert.assertProblem(server.get("/observe/metrics").send(), 401);
    }

    private static Call request(String method, String path, String body) {
        Call call = server.call(method, path);
        return body == null ? call : call.json(body);
    }
}
