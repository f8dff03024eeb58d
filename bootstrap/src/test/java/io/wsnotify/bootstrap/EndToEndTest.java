package io.wsnotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.bootstrap.support.HttpCalls;
import io.wsnotify.bootstrap.support.RunningApplications;
import io.wsnotify.bootstrap.support.TestConfig;
import io.wsnotify.bootstrap.support.WsClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The whole service booted as main boots it, on a temporary database, driven by real clients. */
class EndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    final RunningApplications applications = new RunningApplications();

    @TempDir
    Path dir;

    @Test
    void simulatedDeviceChangesReachAWebSocketClient() throws Exception {
        NotifyApplication app = applications.start(TestConfig.with(
                TestConfig.quiet(dir.resolve("notify.db")),
                "notify.simulator.enabled",
                "true",
                "notify.simulator.min-interval",
                "PT0.002S",
                "notify.simulator.max-interval",
                "PT0.01S",
                "notify.simulator.seed",
                "42"));
        try (WsClient client = WsClient.connect(app.port(), "/ws/watcher")) {
            JsonObject frame = client.nextMatching(f -> f.getString("topic").equals("devices"), WAIT);
            String state = frame.getString("event").equals("device.online") ? "online" : "offline";
            assertEquals("device." + state, frame.getString("event"));
            String name = frame.getJsonObject("data").getString("name");
            assertEquals("Device " + name + " is now " + state, frame.getString("message"));
            assertEquals(state.equals("online") ? "INFO" : "ALERT", frame.getString("type"));
        }
    }

    @Test
    void seedCurlFlowSendsTheSeedTextsOverWebSocket() throws Exception {
        NotifyApplication app = applications.start(TestConfig.with(
                TestConfig.quiet(dir.resolve("notify.db")),
                "notify.simulator.enabled",
                "true",
                "notify.simulator.min-interval",
                "PT0.002S",
                "notify.simulator.max-interval",
                "PT0.01S",
                "notify.simulator.seed",
                "7"));
        HttpCalls http = new HttpCalls(app.port());
        try (WsClient client = WsClient.connect(app.port(), "/ws/curl-user?topics=tasks")) {
            HttpResponse<String> created = http.post("/tasks", "{\"name\": \"Write report\"}");
            assertEquals(201, created.statusCode(), created.body());
            long id = HttpCalls.object(created.body()).getJsonNumber("id").longValue();
            assertFrame(client.next(WAIT), "New task Write report created", "SUCCESS", "task.created", id);

            HttpResponse<String> updated = http.put("/tasks/" + id + "?status=completed");
            assertEquals(200, updated.statusCode(), updated.body());
            assertFrame(
                    client.next(WAIT), "Task " + id + " status updated to completed", "SUCCESS", "task.updated", id);

            HttpResponse<String> deleted = http.delete("/tasks/" + id);
            assertEquals(200, deleted.statusCode(), deleted.body());
            assertFrame(client.next(WAIT), "Task Write report deleted", "ALERT", "task.deleted", id);
        }
    }

    @Test
    void restartKeepsDataAndResumingClientGetsEverythingAfterSinceExactlyOnce() throws Exception {
        Path database = dir.resolve("notify.db");
        NotifyApplication first = applications.start(TestConfig.of(TestConfig.quiet(database)));
        HttpCalls before = new HttpCalls(first.port());
        for (int i = 1; i <= 3; i++) {
            assertEquals(
                    201,
                    before.post("/tasks", "{\"name\": \"Durable " + i + "\"}").statusCode());
        }
        assertEquals(200, before.put("/devices/1", "{\"online\": false}").statusCode());
        List<Long> loggedBefore = seqs(before.get("/notifications?since=0").body());
        assertEquals(4, loggedBefore.size());
        long since = loggedBefore.get(0);
        first.stop();

        NotifyApplication second = applications.start(TestConfig.of(TestConfig.quiet(database)));
        HttpCalls after = new HttpCalls(second.port());
        String tasks = after.get("/tasks?limit=1000").body();
        for (int i = 1; i <= 3; i++) {
            assertTrue(tasks.contains("\"Durable " + i + "\""), tasks);
        }
        assertFalse(HttpCalls.object(after.get("/devices/1").body()).getBoolean("online"));
        assertEquals(loggedBefore, seqs(after.get("/notifications?since=0").body()));

        try (WsClient resumed = WsClient.connect(second.port(), "/ws/resumer?since=" + since)) {
            for (long seq : loggedBefore.subList(1, loggedBefore.size())) {
                assertEquals(seq, resumed.next(WAIT).getJsonNumber("seq").longValue());
            }
            assertEquals(
                    201, after.post("/tasks", "{\"name\": \"After restart\"}").statusCode());
            JsonObject live = resumed.next(WAIT);
            assertEquals(
                    loggedBefore.get(loggedBefore.size() - 1) + 1,
                    live.getJsonNumber("seq").longValue());
            assertEquals("New task After restart created", live.getString("message"));
            assertFalse(resumed.anyFrameWithin(Duration.ofMillis(300)), "nothing is delivered twice");

            second.stop();
            assertEquals(1001, resumed.awaitCloseCode(WAIT));
        }
    }

    private static void assertFrame(JsonObject frame, String message, String type, String event, long id) {
        assertEquals(message, frame.getString("message"));
        assertEquals(type, frame.getString("type"));
        assertEquals(event, frame.getString("event"));
        assertEquals("tasks", frame.getString("topic"));
        assertEquals("/tasks/" + id, frame.getString("url"));
    }

    private static List<Long> seqs(String logJson) {
        return HttpCalls.array(logJson).stream()
                .map(JsonValue::asJsonObject)
                .map(n -> n.getJsonNumber("seq").longValue())
                .toList();
    }
}
