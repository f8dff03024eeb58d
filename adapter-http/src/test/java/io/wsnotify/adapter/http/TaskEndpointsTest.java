package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.domain.Notification;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET and POST on {@code /tasks}, GET {@code /tasks/{id}}, and the Notify-Seq hand-off to the log. */
class TaskEndpointsTest {
    @RegisterExtension
    static final TestServer server = TestServer.create();

    @ParameterizedTest
    @ValueSource(strings = {"/tasks", "/tasks/"})
    void listsTasksOldestFirstWithNotifySeq(String path) {
        HttpResponse<String> response = server.get(path).send();

        assertEquals(200, response.statusCode());
        assertEquals(
                "application/json",
                response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(
                Long.toString(server.newestSeq()),
                response.headers().firstValue("Notify-Seq").orElseThrow());
        JsonArray tasks = ResponseJson.array(response.body());
        assertTrue(tasks.size() >= 10);
        assertEquals("Task U1", tasks.getJsonObject(0).getString("name"));
        assertEquals(
                List.of("id", "name", "status", "created_at", "updated_at"),
                List.copyOf(tasks.getJsonObject(0).keySet()));
    }

    @Test
    void filtersAndPagesTheList() {
        long id = createdId("Filtered one", "completed");

        JsonArray completed = ResponseJson.array(
                server.get("/tasks?status=completed&limit=1000").send().body());
        JsonArray page =
                ResponseJson.array(server.get("/tasks?limit=2&offset=1").send().body());

        assertTrue(completed.stream()
                .allMatch(t -> t.asJsonObject().getString("status").equals("completed")));
        assertTrue(completed.stream()
                .anyMatch(t -> t.asJsonObject().getJsonNumber("id").longValue() == id));
        assertEquals(2, page.size());
        assertEquals("Task U2", page.getJsonObject(0).getString("name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tasks", "/tasks/"})
    void createsATaskWithLocationAndNotification(String path) {
        long before = server.newestSeq();

        HttpResponse<String> response = server.call("POST", path)
                .json("{\"name\":\"  Write report  \"}")
                .send();

        assertEquals(201, response.statusCode());
        JsonObject task = ResponseJson.object(response.body());
        long id = task.getJsonNumber("id").longValue();
        assertEquals("/tasks/" + id, response.headers().firstValue("Location").orElseThrow());
        assertEquals("Write report", task.getString("name"));
        assertEquals("pending", task.getString("status"));
        assertTrue(task.getString("created_at").endsWith("Z"));
        List<Notification> logged = server.loggedAfter(before);
        assertEquals(1, logged.size());
        assertEquals("New task Write report created", logged.get(0).content().message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/"})
    void readsOneTaskWithNotifySeq(String slash) {
        long id = createdId("Read me", null);

        HttpResponse<String> response = server.get("/tasks/" + id + slash).send();

        assertEquals(200, response.statusCode());
        assertEquals("Read me", ResponseJson.object(response.body()).getString("name"));
        assertEquals(
                Long.toString(server.newestSeq()),
                response.headers().firstValue("Notify-Seq").orElseThrow());
    }

    @Test
    void snapshotSeqJoinsTheLogWithoutGapOrDuplicate() {
        long seq = Long.parseLong(
                server.get("/tasks").send().headers().firstValue("Notify-Seq").orElseThrow());
        createdId("Handoff 1", null);
        createdId("Handoff 2", null);
        createdId("Handoff 3", null);

        JsonArray missed = ResponseJson.array(
                server.get("/notifications?since=" + seq).send().body());

        assertEquals(
                List.of("New task Handoff 1 created", "New task Handoff 2 created", "New task Handoff 3 created"),
                missed.stream().map(n -> n.asJsonObject().getString("message")).toList());
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
