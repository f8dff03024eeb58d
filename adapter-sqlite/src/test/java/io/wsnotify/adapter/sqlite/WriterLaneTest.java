package io.wsnotify.adapter.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.application.CorePorts;
import io.wsnotify.application.CoreSettings;
import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.contract.SampleDrafts;
import io.wsnotify.application.live.ValueFrames;
import io.wsnotify.application.testing.TestResourceData;
import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.TaskId;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import io.wsnotify.testsupport.Await;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writers never queue behind readers: the write lane stays free however many readers wait. */
class WriterLaneTest {
    private static final int READ_CONNECTIONS = 3;

    @TempDir
    Path folder;

    private SqliteStore store;
    private SqliteTransactions transactions;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final CountDownLatch releaseReaders = new CountDownLatch(1);
    private final List<CompletableFuture<Long>> readers = new ArrayList<>();

    @BeforeEach
    void open() {
        store = SqliteStore.open(
                new SqliteSettings(folder.resolve("notify.db"), Duration.ofSeconds(5), READ_CONNECTIONS));
        transactions = (SqliteTransactions) store.transactions();
        store.taskRepository().add(new TaskName("existing"), TaskStatus.PENDING, SampleDrafts.T0);
    }

    @AfterEach
    void close() throws Exception {
        releaseReaders.countDown();
        for (CompletableFuture<Long> reader : readers) {
            reader.get(30, TimeUnit.SECONDS);
        }
        threads.shutdownNow();
        store.close();
    }

    @Test
    void aWriteCompletesWhileEveryReadConnectionIsHeldAndMoreReadersWait() throws Exception {
        holdEveryReadConnectionAndQueueOneMoreReader();
        CompletableFuture<Long> write = CompletableFuture.supplyAsync(
                () -> transactions.inTransaction(() -> {
                    store.taskRepository().add(new TaskName("urgent"), TaskStatus.PENDING, SampleDrafts.T0);
                    return store.notificationLog()
                            .append(SampleDrafts.draft("urgent"))
                            .seq();
                }),
                threads);
        assertEquals(1L, write.get(10, TimeUnit.SECONDS));
        assertFalse(readers.getLast().isDone(), "the queued reader must not have taken the writer's connection");
        releaseReaders.countDown();
        for (CompletableFuture<Long> held : readers.subList(0, READ_CONNECTIONS)) {
            assertEquals(0L, held.get(10, TimeUnit.SECONDS), "a held reader keeps the snapshot it began with");
        }
        assertEquals(1L, readers.getLast().get(10, TimeUnit.SECONDS), "the queued reader begins after the write");
        assertEquals(new LogBounds(1, 1), store.notificationLog().bounds());
    }

    @Test
    void aDeclaredWriteThatReadsFirstCompletesWhileEveryReadConnectionIsHeld() throws Exception {
        holdEveryReadConnectionAndQueueOneMoreReader();
        CompletableFuture<Long> write = CompletableFuture.supplyAsync(
                () -> transactions.inWriteTransaction(() -> {
                    var task = store.taskRepository().find(new TaskId(1)).orElseThrow();
                    store.taskRepository().save(task.change(new TaskName("renamed"), null, SampleDrafts.T0));
                    return store.notificationLog()
                            .append(SampleDrafts.draft("renamed"))
                            .seq();
                }),
                threads);
        assertEquals(1L, write.get(10, TimeUnit.SECONDS));
        releaseReaders.countDown();
        assertEquals(
                "renamed",
                store.taskRepository().find(new TaskId(1)).orElseThrow().name().value());
    }

    @Test
    void theCoreCreatesATaskWhileEveryReadConnectionIsHeld() throws Exception {
        NotifyCore<Object> core = NotifyCore.create(
                new CorePorts(
                        store.taskRepository(),
                        store.deviceRepository(),
                        store.notificationLog(),
                        transactions,
                        Clock.systemUTC(),
                        () -> UUID.randomUUID().toString(),
                        ZoneId.of("UTC"),
                        TestResourceData.INSTANCE),
                CoreSettings.defaults(),
                new ValueFrames());
        try {
            holdEveryReadConnectionAndQueueOneMoreReader();
            CompletableFuture<Long> created = CompletableFuture.supplyAsync(
                    () -> core.tasks()
                            .create(new TaskName("urgent"), null)
                            .notification()
                            .seq(),
                    threads);
            assertEquals(1L, created.get(10, TimeUnit.SECONDS));
        } finally {
            releaseReaders.countDown();
            core.close();
        }
    }

    @Test
    void anAutocommitWriteCompletesWhileEveryReadConnectionIsHeld() throws Exception {
        holdEveryReadConnectionAndQueueOneMoreReader();
        CompletableFuture<Long> write = CompletableFuture.supplyAsync(
                () -> store.notificationLog()
                        .append(SampleDrafts.draft("alone"))
                        .seq(),
                threads);
        assertEquals(1L, write.get(10, TimeUnit.SECONDS));
    }

    /** Read units that each hold a read connection until released, and one more that waits for one. */
    private void holdEveryReadConnectionAndQueueOneMoreReader() throws InterruptedException {
        CountDownLatch reading = new CountDownLatch(READ_CONNECTIONS);
        for (int i = 0; i < READ_CONNECTIONS; i++) {
            readers.add(CompletableFuture.supplyAsync(
                    () -> transactions.inTransaction(() -> {
                        long newest = store.notificationLog().bounds().newest();
                        reading.countDown();
                        await(releaseReaders);
                        return newest;
                    }),
                    threads));
        }
        assertTrue(reading.await(10, TimeUnit.SECONDS));
        readers.add(CompletableFuture.supplyAsync(
                () -> transactions.inTransaction(
                        () -> store.notificationLog().bounds().newest()),
                threads));
        Await.until(
                "a reader to wait for a connection",
                Duration.ofSeconds(10),
                () -> store.lanes().readPool().waiting() == 1);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
