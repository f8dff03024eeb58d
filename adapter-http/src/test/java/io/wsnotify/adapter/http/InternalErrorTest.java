package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A failure inside the server is a logged 500 problem that shows the client nothing internal. */
class InternalErrorTest {
    @Test
    void aBrokenStoreIsAProblemWithoutInternals() {
        try (TestServer server = TestServer.create().start()) {
            server.storeFails.set(true);

            HttpResponse<String> response = server.get("/tasks").send();
            server.storeFails.set(false);

            JsonObject problem = ProblemAssert.assertProblem(response, 500);
            assertFalse(response.body().contains("disk on fire"), response.body());
            assertFalse(response.body().contains("at io."), response.body());
            assertEquals("Internal Server Error", problem.getString("title"));
            assertEquals(200, server.get("/tasks").send().statusCode());
        }
    }
}
