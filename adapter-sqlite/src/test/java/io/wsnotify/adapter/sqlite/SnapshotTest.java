package io.wsnotify.adapter.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.application.contract.SampleDrafts;
import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import io.wsnotify.domain.port.NotificationLog;
import io.wsnotify.domain.port.TaskRepository;
import io.wsnotify.domain.port.Transactions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers run beside a writer and each read unit of work sees one snapshot. */
class SnapshotTest {
    @TempDir
    Path folder;

    private SqliteStore store;
    private Transactions transactions;
    private TaskRepository tasks;
    private NotificationLog log;
    private final ExecutorService readerThreads = Executors.newVirtualThreadPerTaskExecutor();

    @BeforeEach
    void open() {
        store = SqliteStore.open(SqliteSettings.of(folder.resolve("notify.db")));
        transactions = store.transactions();
        tasks = store.taskRepository();
        log = store.notificationLog();
    }

    @AfterEach
    void close() {
        readerThreads.shutdownNow();
        store.close();
    }

    @Test
    void aReadUnitOfWorkDoesNotSeeACommitThatHappensDuringIt() throws Exception {
        writeTaskWithNotification();
        CountDownLatch snapshotTaken = new CountDownLatch(1);
        CountDownLatch writerDone = new CountDownLatch(1);
        CompletableFuture<List<Long>> reader = CompletableFuture.supplyAsync(
                () -> transactions.inTransaction(() -> {
                    long before = log.bounds().newest();
                    snapshotTaken.countDown();
                    await(writerDone);
                    return List.of(before, log.bounds().newest(), tasks.count());
                }),
                readerThreads);
        assertTrue(snapshotTaken.await(10, TimeUnit.SECONDS));
        writeTaskWithNotification();
        writerDone.countDown();
        assertEquals(List.of(1L, 1L, 1L), reader.get(10, TimeUnit.SECONDS));
        assertEquals(new LogBounds(1, 2), transactions.inTransaction(log::bounds));
    }

    @Test
    void readersNeverSeeAChangeWithoutItsNotification() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        List<CompletableFuture<Integer>> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            readers.add(CompletableFuture.supplyAsync(
                    () -> {
                        int mismatches = 0;
                        do {
                            mismatches += transactions.inTransaction(
                                    () -> tasks.count() == log.bounds().newest() ? 0 : 1);
                        } while (writing.get());
                        return mismatches;
                    },
                    readerThreads));
        }
        for (int i = 0; i < 40; i++) {
            writeTaskWithNotification();
        }
        writing.set(false);
        for (CompletableFuture<Integer> reader : readers) {
            assertEquals(0, reader.get(30, TimeUnit.SECONDS));
        }
    }

    private void writeTaskWithNotification() {
        transactions.inTransaction(() -> {
            tasks.add(new TaskName("task"), TaskStatus.PENDING, SampleDrafts.T0);
            return log.append(SampleDrafts.draft("task created"));
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
