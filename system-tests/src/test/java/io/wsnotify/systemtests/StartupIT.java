package io.wsnotify.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.adapter.postgres.PostgresBinaries;
import io.wsnotify.adapter.postgres.PostgresServer;
import io.wsnotify.systemtests.support.Cluster;
import io.wsnotify.systemtests.support.Http;
import io.wsnotify.systemtests.support.LogReader;
import io.wsnotify.systemtests.support.NodeProcess;
import io.wsnotify.systemtests.support.NotifyDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nodes from the built jar starting on a shared PostgreSQL: two at the same moment seed an empty
 * database once; a bad setting or an unreachable database stops a node with a one-line error and
 * exit code 2 or 1, and what was committed before is all there for the next node.
 */
@ExtendWith(PostgresBinaries.class)
class StartupIT {
    private static final String PASSWORD_SHOWN_NOWHERE = "do-not-show-this";
    private static PostgresServer postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = PostgresServer.start();
    }

    @AfterAll
    static void stopPostgres() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void twoNodesStartedAtTheSameMomentSeedTheEmptyDatabaseOnce() throws IOException {
        String database = NotifyDatabase.create(postgres);
        try (NodeProcess first = start("seed-a", database, Map.of());
                NodeProcess second = start("seed-b", database, Map.of())) {
            Cluster.awaitReady(first, Cluster.START);
            Cluster.awaitReady(second, Cluster.START);
            List<String> expectedDevices =
                    IntStream.rangeClosed(1, 10).mapToObj(i -> "Device U" + i).toList();
            List<String> expectedTasks =
                    IntStream.rangeClosed(1, 10).mapToObj(i -> "Task U" + i).toList();
            for (NodeProcess node : List.of(first, second)) {
                Http http = Http.port(node.port());
                assertEquals(expectedDevices, names(http.get("/devices").body()), "devices seen by " + node.name());
                assertEquals(expectedTasks, names(http.get("/tasks").body()), "tasks seen by " + node.name());
            }
            assertEquals(
                    1,
                    List.of(first, second).stream()
                            .filter(node -> node.logged("Seeded the empty database"))
                            .count(),
                    "one node seeded");
        }
    }

    @Test
    void aBadSettingOrAnUnreachableDatabaseStopsANodeWithOneLineAndLosesNothingCommitted() throws Exception {
        String database = NotifyDatabase.create(postgres);
        List<JsonObject> committed;
        String tasks;
        try (NodeProcess writer = start("writer", database, Map.of())) {
            Http http = Http.port(awaitReady(writer));
            for (int i = 0; i < 5; i++) {
                assertEquals(
                        201,
                        http.post("/tasks", "{\"name\":\"kept " + i + "\"}").statusCode());
                assertEquals(
                        202,
                        http.post("/notify", "{\"message\":\"kept " + i + "\"}").statusCode());
            }
            committed = LogReader.between(http, 0, http.newestSeq());
            tasks = http.get("/tasks").body();
        }

        List<Refusal> refusals = new ArrayList<>();
        refusals.add(new Refusal(
                2,
                "notify.postgres.url",
                start(
                        "not-jdbc",
                        database,
                        Map.of("NOTIFY_POSTGRES_URL", postgres.url(database).replace("jdbc:", "")))));
        refusals.add(new Refusal(
                2, "notify.postgres.pool-size", start("no-pool", database, Map.of("NOTIFY_POSTGRES_POOL_SIZE", "0"))));
        refusals.add(new Refusal(2, "notify.store", start("no-store", database, Map.of("NOTIFY_STORE", "postgresql"))));
        refusals.add(new Refusal(
                1,
                "no_such_database",
                start("no-database", database, Map.of("NOTIFY_POSTGRES_URL", postgres.url("no_such_database")))));
        for (Refusal refusal : refusals) {
            refusal.check();
        }
        postgres.stop();
        try {
            new Refusal(1, "127.0.0.1:" + postgres.port(), start("unreachable", database, Map.of())).check();
        } finally {
            postgres.startAgain();
        }

        try (NodeProcess next = start("next", database, Map.of())) {
            Http http = Http.port(awaitReady(next));
            assertEquals(committed, LogReader.between(http, 0, http.newestSeq()), "the log is as it was");
            assertEquals(tasks, http.get("/tasks").body(), "the tasks are as they were");
        }
    }

    /** A node that must stop by itself with {@code exitCode} and one line naming {@code mentioned}. */
    private record Refusal(int exitCode, String mentioned, NodeProcess node) {
        void check() throws InterruptedException {
            try (node) {
                assertEquals(exitCode, node.awaitExit(Cluster.START), node.name() + ":\n" + node.output());
                List<String> errors = node.lines().stream()
                        .filter(line -> line.startsWith("Websockets Notify cannot start"))
                        .toList();
                assertEquals(1, errors.size(), node.output());
                assertTrue(errors.getFirst().contains(mentioned), node.name() + " names " + mentioned + ": " + errors);
                assertFalse(
                        node.output().contains(PASSWORD_SHOWN_NOWHERE),
                        "the password is never shown: " + node.output());
                assertFalse(
                        node.lines().stream().anyMatch(line -> line.startsWith("\tat ") || line.contains("Exception")),
                        "no stack trace: " + node.output());
            }
        }
    }

    private static NodeProcess start(String name, String database, Map<String, String> overrides) throws IOException {
        Map<String, String> environment = NotifyDatabase.environment(postgres, database);
        environment.put("NOTIFY_POSTGRES_PASSWORD", PASSWORD_SHOWN_NOWHERE);
        environment.putAll(overrides);
        return NodeProcess.start(
                name, environment, Cluster.logDirectory("startup").resolve(name + ".log"));
    }

    private static int awaitReady(NodeProcess node) {
        Cluster.awaitReady(node, Cluster.START);
        return node.port();
    }

    private static List<String> names(String json) {
        return Http.array(json).stream()
                .map(JsonValue::asJsonObject)
                .map(item -> item.getString("name"))
                .toList();
    }
}
