package io.wsnotify.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.client.support.Api;
import io.wsnotify.client.support.InProcessServer;
import io.wsnotify.client.support.Recorder;
import io.wsnotify.testsupport.Await;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /tasks} and the stream join at {@code Notify-Seq} while tasks are being created: every
 * task is in the snapshot or arrives as a notification, never both, never neither.
 */
class SnapshotHandoffTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void snapshotFirstThenSinceItsSeqMissesNoneAndRepeatsNone() throws Exception {
        Recorder recorder = new Recorder();
        try (InProcessServer server = InProcessServer.start(dir.resolve("notify.db"))) {
            Api api = new Api(server);
            try (Writers writers = Writers.start(api)) {
                writers.awaitCreated(30);
                NotifyClientBuilder builder = recorder.attach(
                        NotifyClient.builder(server.uri()).clientId("loader").topics("tasks"));
                Snapshot<Set<Long>> snapshot = builder.get("/tasks?limit=1000").map(SnapshotHandoffTest::ids);
                try (NotifyClient client = builder.since(snapshot.seq()).connect()) {
                    writers.awaitCreated(writers.created().size() + 30);
                    writers.close();
                    catchUp(api, client, recorder);
                    assertTrue(recorder.seqs().stream().allMatch(seq -> seq > snapshot.seq()));
                    assertJoined(writers.created(), snapshot.body(), createdIds(recorder.notifications()));
                }
            }
        }
    }

    @Test
    void streamFirstThenClientGetSkipsWhatTheSnapshotIncludes() throws Exception {
        Recorder recorder = new Recorder();
        try (InProcessServer server = InProcessServer.start(dir.resolve("notify.db"));
                NotifyClient client = recorder.attach(NotifyClient.builder(server.uri())
                                .clientId("watcher")
                                .topics("tasks"))
                        .connect()) {
            Api api = new Api(server);
            try (Writers writers = Writers.start(api)) {
                writers.awaitCreated(30);
                Snapshot<Set<Long>> snapshot = client.get("/tasks?limit=1000").map(SnapshotHandoffTest::ids);
                writers.awaitCreated(writers.created().size() + 30);
                writers.close();
                catchUp(api, client, recorder);
                List<Notification> later = recorder.notifications().stream()
                        .filter(n -> !snapshot.includes(n))
                        .toList();
                List<Notification> included = recorder.notifications().stream()
                        .filter(snapshot::includes)
                        .toList();
                assertTrue(snapshot.body().containsAll(createdIds(included)), "what the snapshot includes is in it");
                assertJoined(writers.created(), snapshot.body(), createdIds(later));
            }
        }
    }

    private static void catchUp(Api api, NotifyClient client, Recorder recorder) throws Exception {
        long newest = api.loggedSeqs().stream().mapToLong(Long::longValue).max().orElseThrow();
        Await.until(
                "the client to catch up with seq " + newest, WAIT, () -> client.lastSeq() == newest, recorder::summary);
    }

    private static void assertJoined(Set<Long> created, Set<Long> inSnapshot, List<Long> notified) {
        Set<Long> both = new HashSet<>(inSnapshot);
        both.retainAll(notified);
        assertEquals(Set.of(), both, "in the snapshot and notified again");
        assertEquals(notified.size(), new HashSet<>(notified).size(), "notified twice");
        Set<Long> joined = new HashSet<>(inSnapshot);
        joined.addAll(notified);
        assertEquals(created, joined, "every created task, in the snapshot or notified");
        assertTrue(!inSnapshot.isEmpty() && !notified.isEmpty(), "the join was exercised on both sides");
    }

    private static Set<Long> ids(String tasksJson) {
        return Api.array(tasksJson).stream()
                .map(JsonValue::asJsonObject)
                .map(task -> task.getJsonNumber("id").longValue())
                .collect(Collectors.toSet());
    }

    private static List<Long> createdIds(List<Notification> notifications) {
        return notifications.stream()
                .filter(n -> "task.created".equals(n.event()))
                .map(n -> Api.object(n.raw())
                        .getJsonObject("data")
                        .getJsonNumber("id")
                        .longValue())
                .toList();
    }

    /** Two threads creating tasks until closed. */
    private static final class Writers implements AutoCloseable {
        private final Set<Long> created = ConcurrentHashMap.newKeySet();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread[] threads = new Thread[2];

        static Writers start(Api api) {
            Writers writers = new Writers();
            for (int t = 0; t < writers.threads.length; t++) {
                int writer = t;
                writers.threads[t] = Thread.ofPlatform().start(() -> {
                    for (int i = 0; writers.running.get() && writers.created.size() < 900; i++) {
                        try {
                            writers.created.add(api.createTask("Task " + writer + "-" + i));
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                });
            }
            return writers;
        }

        Set<Long> created() {
            return Set.copyOf(created);
        }

        void awaitCreated(int count) {
            Await.until(count + " tasks created", WAIT, () -> created.size() >= count);
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
        }
    }
}
