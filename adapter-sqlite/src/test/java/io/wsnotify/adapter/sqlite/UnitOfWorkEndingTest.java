package io.wsnotify.adapter.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wsnotify.application.contract.SampleDrafts;
import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** However a unit of work ends — a sneaky checked exception, a store closed under it — its connection goes back. */
class UnitOfWorkEndingTest {
    @TempDir
    Path folder;

    private Path file;
    private SqliteStore store;
    private SqliteTransactions transactions;
    private final ExecutorService virtualThreads = Executors.newVirtualThreadPerTaskExecutor();

    @BeforeEach
    void open() {
        file = folder.resolve("notify.db");
        store = SqliteStore.open(new SqliteSettings(file, Duration.ofMillis(200), 1));
        transactions = (SqliteTransactions) store.transactions();
    }

    @AfterEach
    void close() {
        virtualThreads.shutdownNow();
        store.close();
    }

    @Test
    void aSneakyCheckedExceptionRollsBackAndGivesTheConnectionBack() {
        for (int i = 0; i < 3; i++) {
            assertThrows(
                    IOException.class,
                    () -> transactions.inTransaction(() -> {
                        store.notificationLog().append(SampleDrafts.draft("doomed"));
                        throw Sneaky.<RuntimeException>raise(new IOException("checked"));
                    }));
            assertThrows(
                    IOException.class,
                    () -> transactions.inTransaction(() -> {
                        store.taskRepository().count();
                        store.taskRepository().add(new TaskName("doomed"), TaskStatus.PENDING, SampleDrafts.T0);
                        throw Sneaky.<RuntimeException>raise(new IOException("checked"));
                    }));
        }
        assertEquals(0, store.lanes().lent());
        assertEquals(0, store.taskRepository().count());
        assertEquals(new LogBounds(0, 0), store.notificationLog().bounds());
    }

    @Test
    void aCommitAfterTheStoreClosedRollsBackAndGivesTheConnectionBack() throws Exception {
        CompletableFuture<Long> unit = CompletableFuture.supplyAsync(
                () -> transactions.inTransaction(() -> {
                    long seq = store.notificationLog()
                            .append(SampleDrafts.draft("too late"))
                            .seq();
                    store.close();
                    return seq;
                }),
                virtualThreads);
        ExecutionException failure = assertThrows(ExecutionException.class, () -> unit.get(10, TimeUnit.SECONDS));
        assertInstanceOf(RejectedExecutionException.class, failure.getCause());
        assertEquals(0, store.lanes().lent());
        try (SqliteStore reopened = SqliteStore.open(SqliteSettings.of(file))) {
            assertEquals(new LogBounds(0, 0), reopened.notificationLog().bounds());
        }
    }

    /** Throws a checked exception where the compiler does not expect one, as some libraries do. */
    private static final class Sneaky {
        @SuppressWarnings("unchecked")
        static <E extends Throwable> RuntimeException raise(Throwable e) throws E {
            throw (E) e;
        }
    }
}
