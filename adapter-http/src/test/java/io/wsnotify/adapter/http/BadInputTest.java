package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input on every endpoint: the right 4xx as a problem naming the field, no data
 * changed, no notification logged, and the server keeps serving.
 */
class BadInputTest {
    @RegisterExtension
    static final TestServer server = TestServer.create();

    @ParameterizedTest(name = "{0}")
    @MethodSource({"io.wsnotify.adapter.http.TaskBadInputs#all", "io.wsnotify.adapter.http.OtherBadInputs#all"})
    void isRefusedWithAProblemAndChangesNothing(BadInputCase bad) {
        String tasksBefore = server.get("/tasks?limit=1000").send().body();
        String devicesBefore = server.get("/devices").send().body();
        long seqBefore = server.newestSeq();

        Call call = server.call(bad.method(), bad.path());
        if (bad.contentType() != null) {
            call.header("Content-Type", bad.contentType());
        }
        bad.headers().forEach(header -> call.header(header[0], header[1]));
        if (bad.body() != null) {
            call.json(bad.body());
        }
        HttpResponse<String> response = call.send();

        JsonObject problem = bad.field() == null
                ? ProblemAssert.assertProblem(response, bad.status())
                : ProblemAssert.assertProblem(response, bad.status(), bad.field());
        assertTrue(problem.getString("instance").startsWith("/"));
        if (bad.status() == 405) {
            assertTrue(response.headers().firstValue("Allow").isPresent(), "405 without Allow");
        }
        assertEquals(seqBefore, server.newestSeq(), "a notification was logged");
        assertEquals(tasksBefore, server.get("/tasks?limit=1000").send().body(), "tasks changed");
        assertEquals(devicesBefore, server.get("/devices").send().body(), "devices changed");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.wsnotify.adapter.http.OtherBadInputs#methodNotAllowed")
    void wrongMethodNamesTheAllowedOnes(BadInputCase bad, String allowed) {
        HttpResponse<String> response = server.call(bad.method(), bad.path()).send();

        ProblemAssert.assertProblem(response, 405);
        assertEquals(allowed, response.headers().firstValue("Allow").orElseThrow());
        assertEquals(List.of(), server.loggedAfter(server.newestSeq()));
    }
}
