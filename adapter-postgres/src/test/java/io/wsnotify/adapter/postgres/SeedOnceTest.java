package io.wsnotify.adapter.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wsnotify.application.CorePorts;
import io.wsnotify.application.CoreSettings;
import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.live.ValueFrames;
import io.wsnotify.application.testing.TestResourceData;
import io.wsnotify.domain.PageLimit;
import io.wsnotify.domain.TaskFilter;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two nodes that start together on an empty database seed it exactly once. */
class SeedOnceTest {
    private static final int ROUNDS = 5;

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    @Test
    void twoNodesStartingTogetherSeedOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String database = POSTGRES.newDatabase();
            try (PostgresStore storeA = PostgresStore.open(POSTGRES.settings(database));
                    PostgresStore storeB = PostgresStore.open(POSTGRES.settings(database));
                    NotifyCore<Object> nodeA = core(storeA);
                    NotifyCore<Object> nodeB = core(storeB);
                    ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                CyclicBarrier start = new CyclicBarrier(2);
                CompletableFuture<Boolean> seededByA = CompletableFuture.supplyAsync(() -> seed(nodeA, start), threads);
                CompletableFuture<Boolean> seededByB = CompletableFuture.supplyAsync(() -> seed(nodeB, start), threads);
                List<Boolean> seeded =
                        List.of(seededByA.get(30, TimeUnit.SECONDS), seededByB.get(30, TimeUnit.SECONDS));
                assertEquals(
                        1, seeded.stream().filter(Boolean::booleanValue).count(), "round " + round + ": " + seeded);
                assertEquals(
                        10,
                        nodeA.tasks()
                                .list(new TaskFilter(null, PageLimit.DEFAULT, 0))
                                .value()
                                .size());
                assertEquals(10, nodeB.devices().list().value().size());
            } finally {
                POSTGRES.drop(database);
            }
        }
    }

    private static boolean seed(NotifyCore<Object> node, CyclicBarrier start) {
        try {
            start.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return node.seedData().seedIfEmpty();
    }

    private static NotifyCore<Object> core(PostgresStore store) {
        return NotifyCore.create(
                new CorePorts(
                        store.taskRepository(),
                        store.deviceRepository(),
                        store.notificationLog(),
                        store.transactions(),
                        Clock.systemUTC(),
                        () -> UUID.randomUUID().toString(),
                        ZoneId.of("UTC"),
                        TestResourceData.INSTANCE,
                        store.notifier(),
                        store.leadership()),
                CoreSettings.defaults(),
                new ValueFrames());
    }
}
