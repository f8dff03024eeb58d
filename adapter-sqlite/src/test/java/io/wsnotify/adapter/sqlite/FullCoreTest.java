package io.wsnotify.adapter.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.application.CorePorts;
import io.wsnotify.application.CoreSettings;
import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.Snapshot;
import io.wsnotify.application.live.ValueFrames;
import io.wsnotify.application.testing.TestResourceData;
import io.wsnotify.domain.DeviceId;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.PageLimit;
import io.wsnotify.domain.Task;
import io.wsnotify.domain.TaskFilter;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import io.wsnotify.domain.Visibility;
import java.nio.file.Path;
import java.time.Clock;
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
import org.junit.jupiter.api.io.TempDir;

/** The whole core on the SQLite store: changes, their notifications and the Notify-Seq of reads. */
class FullCoreTest {
    @TempDir
    Path folder;

    private SqliteStore store;
    private NotifyCore<Object> core;

    @BeforeEach
    void open() {
        store = SqliteStore.open(SqliteSettings.of(folder.resolve("notify.db")));
        core = NotifyCore.create(
                new CorePorts(
                        store.taskRepository(),
                        store.deviceRepository(),
                        store.notificationLog(),
                        store.transactions(),
                        Clock.systemUTC(),
                        () -> UUID.randomUUID().toString(),
                        ZoneId.of("UTC"),
                        TestResourceData.INSTANCE),
                CoreSettings.defaults(),
                new ValueFrames());
    }

    @AfterEach
    void close() {
        core.close();
        store.close();
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
        assertEquals(false, core.seedData().seedIfEmpty());
        assertEquals(0, core.devices().list().seq());
        DeviceId first = new DeviceId(1);
        core.devices().report(first, true);
        core.devices().toggle(first);
        assertEquals(1, core.devices().get(first).seq());
        assertEquals(false, core.devices().get(first).value().online());
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
}
