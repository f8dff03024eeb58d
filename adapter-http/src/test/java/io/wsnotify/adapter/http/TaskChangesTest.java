package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wsnotify.domain.Notification;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PUT and DELETE on {@code /tasks/{id}}: the seed's query style, JSON bodies, trailing slashes. */
class TaskChangesTest {
    @RegisterExtension
    static final TestServer server = TestServer.create();

    @Test
    void changesStatusTheSeedWayWithAQueryParameter() {
        long id = createdId("Seed style", null);

        HttpResponse<String> response =
                server.call("PUT", "/tasks/" + id + "?status=in_progress").send();

        assertEquals(200, response.statusCode());
        assertEquals("in_progress", ResponseJson.object(response.body()).getString("status"));
        List<Notification> last = server.loggedAfter(server.newestSeq() - 1);
        assertEquals(
                "Task " + id + " status updated to in_progress",
                last.get(0).content().message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/"})
    void changesStatusAndNameFromABody(String slash) {
        long id = createdId("Old name", null);

        HttpResponse<String> response = server.call("PUT", "/tasks/" + id + slash)
                .json("{\"status\":\"completed\",\"name\":\"New name\"}")
                .send();

        JsonObject task = ResponseJson.object(response.body());
        assertEquals(200, response.statusCode());
        assertEquals("completed", task.getString("status"));
        assertEquals("New name", task.getString("name"));
    }

    @Test
    void anEmptyQueryStatusGivesWayToTheBodyStatus() {
        long id = createdId("Empty query", null);

        HttpResponse<String> response = server.call("PUT", "/tasks/" + id + "?status=")
                .json("{\"status\":\"completed\"}")
                .send();

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("completed", ResponseJson.object(response.body()).getString("status"));
    }

    @Test
    void renamesWithoutChangingStatus() {
        long id = createdId("Rename me", "in_progress");

        JsonObject task = ResponseJson.object(server.call("PUT", "/tasks/" + id)
                .json("{\"name\":\"Renamed\"}")
                .send()
                .body());

        assertEquals("Renamed", task.getString("name"));
        assertEquals("in_progress", task.getString("status"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/"})
    void deletesAndAnswersWithTheDeletedTask(String slash) {
        long id = createdId("Doomed", null);

        HttpResponse<String> response =
                server.call("DELETE", "/tasks/" + id + slash).send();

        assertEquals(200, response.statusCode());
        assertEquals("Doomed", ResponseJson.object(response.body()).getString("name"));
        assertEquals(404, server.get("/tasks/" + id).send().statusCode());
        List<Notification> last = server.loggedAfter(server.newestSeq() - 1);
        assertEquals("Task Doomed deleted", last.get(0).content().message());
    }

    private static long createdId(String name, String status) {
        String body = status == null
                ? "{\"name\":\"" + name + "\"}"
                : "{\"name\":\"" + name + "\",\"status\":\"" + status + "\"}";
        HttpResponse<String> response = server.call("POST", "/tasks").json(body).send();
        assertEquals(201, response.statusCode(), response.body());
        return ResponseJson.object(response.body()).getJsonNumber("id").longValue();
    }
}
