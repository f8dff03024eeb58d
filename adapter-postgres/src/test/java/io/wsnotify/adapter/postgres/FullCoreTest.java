package io.wsnotify.adapter.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.application.CorePorts;
import io.wsnotify.application.CoreSettings;
import io.wsnotify.application.NotificationUseCases;
import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.Snapshot;
import io.wsnotify.application.live.ValueFrames;
import io.wsnotify.application.testing.TestResourceData;
import io.wsnotify.domain.DeviceId;
import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.PageLimit;
import io.wsnotify.domain.Task;
import io.wsnotify.domain.TaskFilter;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import io.wsnotify.domain.Visibility;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole core on the PostgreSQL store: changes, their notifications and the Notify-Seq of reads. */
class FullCoreTest {
    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    private String database;
    private PostgresStore store;
    private NotifyCore<Object> core;

    @BeforeEach
    void open() {
        database = POSTGRES.newDatabase();
        store = PostgresStore.open(POSTGRES.settings(database));
        core = NotifyCore.create(
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

    @AfterEach
    void close() {
        core.close();
        store.close();
        POSTGRES.drop(database);
    }

    @Test
    void logsEveryTaskChangeAndReportsTheSeqWithReads() {
        Task created = core.tasks().create(new TaskName("Write report"), null).value();
        core.tasks().update(created.id(), null, TaskStatus.COMPLETED);
        core.tasks()
                .delete(core.tasks()
                        .create(new TaskName("Short-lived"), null)
                        .value()
                        .id());

        Snapshot<List<Notification>> log =
                core.notifications().read(new LogQuery(0, Set.of(), Visibility.untargetedOnly(), 100));
        assertEquals(
                List.of("task.created", "task.updated", "task.created", "task.deleted"),
                log.value().stream().map(n -> n.content().event()).toList());
        assertEquals(
                List.of(1L, 2L, 3L, 4L),
                log.value().stream().map(Notification::seq).toList());
        assertEquals(
                "New task Write report created",
                log.value().getFirst().content().message());
        assertEquals(4, log.seq());
        Snapshot<List<Task>> tasks = core.tasks().list(new TaskFilter(null, PageLimit.DEFAULT, 0));
        assertEquals(
                List.of(TaskStatus.COMPLETED),
                tasks.value().stream().map(Task::status).toList());
        assertEquals(4, tasks.seq());
    }

    @Test
    void seedsOnceAndLogsOnlyRealDeviceChanges() {
        assertTrue(core.seedData().seedIfEmpty());
        assertFalse(core.seedData().seedIfEmpty());
        assertEquals(0, core.devices().list().seq());
        DeviceId first = new DeviceId(1);
        core.devices().report(first, true);
        core.devices().toggle(first);
        assertEquals(1, core.devices().get(first).seq());
        assertFalse(core.devices().get(first).value().online());
        assertEquals(
                10,
                core.tasks()
                        .list(new TaskFilter(null, PageLimit.DEFAULT, 0))
                        .value()
                        .size());
    }

    @Test
    void writesFromManyVirtualThreadsGetDistinctOrderedSeqs() throws InterruptedException {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 40; i++) {
                int n = i;
                threads.submit(() -> core.tasks().create(new TaskName("task " + n), null));
            }
            threads.shutdown();
            assertTrue(threads.awaitTermination(60, TimeUnit.SECONDS));
        }
        Snapshot<List<Notification>> log =
                core.notifications().read(new LogQuery(0, Set.of(), Visibility.untargetedOnly(), 100));
        assertEquals(40, log.value().size());
        assertEquals(40, log.seq());
        assertEquals(
                40,
                core.tasks()
                        .list(new TaskFilter(null, PageLimit.DEFAULT, 0))
                        .value()
                        .size());
    }

    @Test
    void prunesToTheRetentionAndKeepsTheNewestSeq() {
        for (int i = 0; i < 5; i++) {
            core.tasks().create(new TaskName("task " + i), null);
        }
        NotifyCore<Object> keepingTwo = NotifyCore.create(
                new CorePorts(
                        store.taskRepository(),
                        store.deviceRepository(),
                        store.notificationLog(),
                        store.transactions(),
                        Clock.systemUTC(),
                        () -> UUID.randomUUID().toString(),
                        ZoneId.of("UTC"),
                        TestResourceData.INSTANCE),
                new CoreSettings(
                        CoreSettings.defaults().queueLimits(),
                        new NotificationUseCases.Retention(2, Duration.ofDays(1))),
                new ValueFrames());
        try {
            assertEquals(3, keepingTwo.notifications().prune());
        } finally {
            keepingTwo.close();
        }
        assertEquals(new LogBounds(4, 5), store.notificationLog().bounds());
    }
}
