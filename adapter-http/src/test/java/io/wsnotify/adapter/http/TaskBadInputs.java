package io.wsnotify.adapter.http;

import static io.wsnotify.adapter.http.BadInputCase.bad;
import static io.wsnotify.adapter.http.BadInputCase.typed;

import java.util.stream.Stream;

/** Bad requests to {@code /tasks} and {@code /tasks/{id}}, for {@link BadInputTest}. */
final class TaskBadInputs {
    private static final String LONG_NAME = "n".repeat(201);
    /** JSON past the parser's limits: an exponent out of range, nesting over 1000, a 2000-digit number. */
    static final String HUGE_EXPONENT = "1e9999999999";

    static final String DEEP_NESTING = "[".repeat(5000);
    static final String LONG_NUMBER = "1".repeat(2000);

    private TaskBadInputs() {}

    static Stream<BadInputCase> all() {
        return Stream.concat(tasks(), taskById());
    }

    private static Stream<BadInputCase> tasks() {
        return Stream.of(
                bad("POST", "/tasks", "{\"name\":", 400, null),
                bad("POST", "/tasks", "{\"name\":\"ok\"} trailing", 400, null),
                bad("POST", "/tasks", "", 400, null),
                bad("POST", "/tasks", null, 400, null),
                bad("POST", "/tasks", "[]", 422, "body"),
                bad("POST", "/tasks", "{\"name\":5}", 422, "name"),
                bad("POST", "/tasks", "{}", 422, "name"),
                bad("POST", "/tasks", "{\"name\":null}", 422, "name"),
                bad("POST", "/tasks/", "{\"name\":\"   \"}", 422, "name"),
                bad("POST", "/tasks", "{\"name\":\"" + LONG_NAME + "\"}", 422, "name"),
                bad("POST", "/tasks", "{\"name\":\"ok\",\"status\":\"done\"}", 422, "status"),
                bad("POST", "/tasks", "{\"name\":\"ok\",\"status\":7}", 422, "status"),
                bad("POST", "/tasks", "{\"name\":\"a\",\"status\":" + HUGE_EXPONENT + "}", 400, null),
                bad("POST", "/tasks", DEEP_NESTING, 400, null),
                bad("POST", "/tasks", "{\"name\":\"a\",\"pad\":" + DEEP_NESTING + "}", 400, null),
                bad("POST", "/tasks", "{\"name\":\"a\",\"status\":" + LONG_NUMBER + "}", 400, null),
                bad("POST", "/tasks", "{\"name\":\"a\\ud800b\"}", 400, null),
                bad("POST", "/tasks", "{\"name\":\"a\\udc00\"}", 400, null),
                bad("POST", "/tasks", "{\"name\":\"\\ud83d\\ud83d\\ude00\"}", 400, null),
                bad("POST", "/tasks", "{\"name\":\"tab\there\"}", 400, null),
                bad("POST", "/tasks", "{\"name\":\"a\",\"status\":\"pending\\u0000\"}", 422, "status"),
                typed("POST", "/tasks", "text/plain", "{\"name\":\"ok\"}", 415),
                typed("POST", "/tasks", "application/json; charset=utf-16", "{\"name\":\"ok\"}", 415),
                typed("POST", "/tasks", "application/json; charset=ISO-8859-1", "{\"name\":\"ok\"}", 415),
                typed("POST", "/tasks", "application/x-www-form-urlencoded", "name=ok", 415),
                bad("GET", "/tasks?limit=x", null, 400, "limit"),
                bad("GET", "/tasks?limit=0", null, 400, "limit"),
                bad("GET", "/tasks?limit=1001", null, 400, "limit"),
                bad("GET", "/tasks?limit=-1", null, 400, "limit"),
                bad("GET", "/tasks?limit=", null, 400, "limit"),
                bad("GET", "/tasks?limit", null, 400, "limit"),
                bad("GET", "/tasks?limit=99999999999999999999", null, 400, "limit"),
                bad("GET", "/tasks?limit=1&limit=2", null, 400, "limit"),
                bad("GET", "/tasks?offset=-1", null, 400, "offset"),
                bad("GET", "/tasks?offset=x", null, 400, "offset"),
                bad("GET", "/tasks?status=bogus", null, 400, "status"),
                bad("DELETE", "/tasks", null, 405, null));
    }

    private static Stream<BadInputCase> taskById() {
        return Stream.of(
                bad("GET", "/tasks/abc", null, 400, "id"),
                bad("GET", "/tasks/0", null, 400, "id"),
                bad("GET", "/tasks/-1", null, 400, "id"),
                bad("GET", "/tasks/1.5", null, 400, "id"),
                bad("GET", "/tasks/99999999999999999999", null, 400, "id"),
                bad("GET", "/tasks/999999", null, 404, null),
                bad("GET", "/tasks%2F1", null, 404, null),
                bad("GET", "/tasks%2f1/", null, 404, null),
                bad("GET", "/tasks/1%2F", null, 404, null),
                bad("PUT", "/tasks%2F1?status=completed", null, 404, null),
                bad("DELETE", "/tasks%2F1", null, 404, null),
                bad("PUT", "/tasks/abc?status=completed", null, 400, "id"),
                bad("PUT", "/tasks/999999?status=completed", null, 404, null),
                bad("PUT", "/tasks/1", null, 422, "status"),
                bad("PUT", "/tasks/1", "{}", 422, "status"),
                bad("PUT", "/tasks/1?status=done", null, 422, "status"),
                bad("PUT", "/tasks/1?status=", null, 422, "status"),
                bad("PUT", "/tasks/1?status", null, 422, "status"),
                bad("PUT", "/tasks/1?status=", "{\"status\":\"done\"}", 422, "status"),
                bad("PUT", "/tasks/1", "{\"status\":\"done\"}", 422, "status"),
                bad("PUT", "/tasks/1?status=completed", "{\"status\":\"pending\"}", 422, "status"),
                bad("PUT", "/tasks/1?status=completed&status=pending", null, 400, "status"),
                bad("PUT", "/tasks/1", "{\"name\":\"\"}", 422, "name"),
                bad("PUT", "/tasks/1", "{\"name\":\"" + LONG_NAME + "\"}", 422, "name"),
                bad("PUT", "/tasks/1", "{\"name\":true,\"status\":\"x\"}", 422, "name"),
                bad("PUT", "/tasks/1", "{\"status\":", 400, null),
                bad("PUT", "/tasks/1", "{\"status\":" + HUGE_EXPONENT + "}", 400, null),
                bad("PUT", "/tasks/1", DEEP_NESTING, 400, null),
                bad("PUT", "/tasks/1", "{\"name\":" + LONG_NUMBER + "}", 400, null),
                bad("PUT", "/tasks/1", "{\"name\":\"x\\uDBFF\"}", 400, null),
                typed("PUT", "/tasks/1", "application/json;charset=utf-16", "{\"status\":\"completed\"}", 415),
                typed("PUT", "/tasks/1", "text/plain", "{\"status\":\"completed\"}", 415),
                bad("DELETE", "/tasks/abc", null, 400, "id"),
                bad("DELETE", "/tasks/999999", null, 404, null),
                bad("POST", "/tasks/1", "{\"name\":\"x\"}", 405, null));
    }
}
