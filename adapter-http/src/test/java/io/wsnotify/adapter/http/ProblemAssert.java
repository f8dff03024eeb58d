package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;

/** Checks that a response is an RFC 9457 problem with the expected status (and field). */
final class ProblemAssert {
    private ProblemAssert() {}

    static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertEquals(
                status,
                response.statusCode(),
                () -> "status of " + response.request().method() + " "
                        + response.request().uri() + ", body " + response.body());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = ResponseJson.object(response.body());
        assertEquals("about:blank", problem.getString("type"));
        assertFalse(problem.getString("title").isBlank());
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
        assertFalse(response.body().contains("Exception"), response.body());
        return problem;
    }

    static JsonObject assertProblem(HttpResponse<String> response, int status, String field) {
        JsonObject problem = assertProblem(response, status);
        assertTrue(
                problem.containsKey("errors") && problem.get("errors").getValueType() == JsonValue.ValueType.ARRAY,
                response.body());
        boolean named = problem.getJsonArray("errors").stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(error -> error.getString("field").equals(field)
                        && !error.getString("message").isBlank());
        assertTrue(named, () -> "no error for field " + field + " in " + response.body());
        return problem;
    }
}
