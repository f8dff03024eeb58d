package io.wsnotify.adapter.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The schema is built once on an empty database, also when nodes start at the same moment. */
class MigrationsTest {
    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    @Test
    void twoNodesStartingTogetherOnAnEmptyDatabaseMigrateItOnce() throws Exception {
        String database = POSTGRES.server().createDatabase();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CyclicBarrier start = new CyclicBarrier(2);
            List<CompletableFuture<PostgresStore>> nodes = List.of(
                    CompletableFuture.supplyAsync(() -> open(database, start), threads),
                    CompletableFuture.supplyAsync(() -> open(database, start), threads));
            for (CompletableFuture<PostgresStore> node : nodes) {
                node.get(60, TimeUnit.SECONDS).close();
            }
            assertEquals(
                    1,
                    POSTGRES.server()
                            .queryLong(
                                    database,
                                    "SELECT count(*) FROM flyway_schema_history WHERE success AND version = '1'"));
            assertEquals(0, POSTGRES.server().queryLong(database, "SELECT newest FROM log_head"));
            assertEquals(0, Migrations.apply(POSTGRES.settings(database)));
        } finally {
            POSTGRES.drop(database);
        }
    }

    @Test
    void keepsJsonAsTextNotJsonb() {
        String database = POSTGRES.newDatabase();
        try {
            assertEquals(
                    2,
                    POSTGRES.server()
                            .queryLong(
                                    database,
                                    "SELECT count(*) FROM information_schema.columns"
                                            + " WHERE table_name IN ('notifications', 'notification_extras') AND column_name IN ('data', 'value')"
                                            + " AND data_type = 'text'"));
        } finally {
            POSTGRES.drop(database);
        }
    }

    private static PostgresStore open(String database, CyclicBarrier start) {
        try {
            start.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return PostgresStore.open(POSTGRES.settings(database));
    }
}
