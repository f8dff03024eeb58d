package io.wsnotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.bootstrap.support.ChildJvm;
import io.wsnotify.bootstrap.support.HttpCalls;
import io.wsnotify.bootstrap.support.RunningApplications;
import io.wsnotify.bootstrap.support.TestConfig;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Killing the server with SIGKILL in the middle of a stream of writes loses no acknowledged change. */
class CrashSafetyTest {
    private static final int ACKNOWLEDGED_BEFORE_KILL = 120;
    private static final int WRITERS = 3;

    @RegisterExtension
    final RunningApplications applications = new RunningApplications();

    @TempDir
    Path dir;

    @Test
    void sigkillDuringWritesLosesNoAcknowledgedTaskNorLeavesASeqHole() throws Exception {
        Path database = dir.resolve("notify.db");
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
        try (ChildJvm child = ChildJvm.start(
                Main.class.getName(),
                Map.of(
                        "server.port",
                        "0",
                        "server.host",
                        "127.0.0.1",
                        "notify.db.path",
                        database.toString(),
                        "notify.simulator.enabled",
                        "false",
                        "notify.log-requests",
                        "false"),
                Map.of())) {
            HttpCalls http = new HttpCalls(child.awaitPort(Duration.ofSeconds(60)));
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(Thread.ofPlatform().start(() -> write(http, writer, writing, acknowledged, enough)));
            }
            enough.await(60, TimeUnit.SECONDS);
            child.kill();
            writing.set(false);
            for (Thread writer : writers) {
                writer.join(Duration.ofSeconds(30));
            }
            assertTrue(
                    acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL,
                    "writes acknowledged before the kill: " + acknowledged.size() + "\n" + child.output());
        }

        NotifyApplication restarted = applications.start(TestConfig.of(TestConfig.quiet(database)));
        HttpCalls http = new HttpCalls(restarted.port());
        for (long id : acknowledged) {
            assertEquals(200, http.get("/tasks/" + id).statusCode(), "acknowledged task " + id + " survives");
        }
        List<JsonObject> log = wholeLog(http);
        Set<String> createdUrls = new HashSet<>();
        for (int i = 0; i < log.size(); i++) {
            assertEquals(i + 1, log.get(i).getJsonNumber("seq").longValue(), "log seqs are contiguous from 1");
            if (log.get(i).getString("event").equals("task.created")) {
                createdUrls.add(log.get(i).getString("url"));
            }
        }
        for (long id : acknowledged) {
            assertTrue(createdUrls.contains("/tasks/" + id), "task.created of acknowledged task " + id + " is logged");
        }
    }

    private static void write(
            HttpCalls http, int writer, AtomicBoolean writing, Set<Long> acknowledged, CountDownLatch enough) {
        for (int i = 0; writing.get(); i++) {
            try {
                HttpResponse<String> response = http.post("/tasks", "{\"name\": \"Crash " + writer + "-" + i + "\"}");
                if (response.statusCode() == 201) {
                    acknowledged.add(HttpCalls.object(response.body())
                            .getJsonNumber("id")
                            .longValue());
                    enough.countDown();
                }
            } catch (RuntimeException connectionLost) {
                return;
            }
        }
    }

    private static List<JsonObject> wholeLog(HttpCalls http) {
        List<JsonObject> all = new ArrayList<>();
        long since = 0;
        while (true) {
            List<JsonObject> page =
                    HttpCalls.array(http.get("/notifications?limit=1000&since=" + since)
                                    .body())
                            .stream()
                            .map(JsonValue::asJsonObject)
                            .toList();
            if (page.isEmpty()) {
                return all;
            }
            all.addAll(page);
            since = page.get(page.size() - 1).getJsonNumber("seq").longValue();
        }
    }
}
