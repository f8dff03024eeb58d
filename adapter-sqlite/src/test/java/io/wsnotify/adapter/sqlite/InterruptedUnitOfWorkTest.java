package io.wsnotify.adapter.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.dbclient.DbClientException;
import io.wsnotify.application.contract.SampleDrafts;
import io.wsnotify.domain.LogBounds;
import io.wsnotify.testsupport.Await;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An interrupted thread fails cleanly before it holds a connection, and once it holds one its unit still commits. */
class InterruptedUnitOfWorkTest {
    @TempDir
    Path folder;

    private SqliteStore store;
    private SqliteTransactions transactions;
    private final ExecutorService virtualThreads = Executors.newVirtualThreadPerTaskExecutor();

    @BeforeEach
    void open() {
        store = SqliteStore.open(new SqliteSettings(folder.resolve("notify.db"), Duration.ofMillis(200), 1));
        transactions = (SqliteTransactions) store.transactions();
    }

    @AfterEach
    void close() {
        virtualThreads.shutdownNow();
        store.close();
    }

    @Test
    void aThreadInterruptedWhileWaitingForAConnectionFailsCleanly() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Long> holder = CompletableFuture.supplyAsync(
                () -> transactions.inTransaction(() -> {
                    long count = store.taskRepository().count();
                    holding.countDown();
                    awaitQuietly(release);
                    return count;
                }),
                virtualThreads);
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        CompletableFuture<Throwable> waiter = new CompletableFuture<>();
        Thread waiting = Thread.ofVirtual().start(() -> {
            try {
                transactions.inTransaction(() -> store.taskRepository().count());
                waiter.complete(null);
            } catch (RuntimeException e) {
                waiter.complete(Thread.currentThread().isInterrupted() ? e : new AssertionError("interrupt lost", e));
            }
        });
        Await.until(
                "a reader to wait for a connection",
                Duration.ofSeconds(10),
                () -> store.lanes().readPool().waiting() == 1);
        waiting.interrupt();
        Throwable failure = waiter.get(10, TimeUnit.SECONDS);
        assertInstanceOf(DbClientException.class, failure);
        assertTrue(causedByInterrupt(failure), () -> "not caused by the interrupt: " + failure);
        release.countDown();
        assertEquals(0L, holder.get(10, TimeUnit.SECONDS));
        assertEquals(0, store.lanes().lent());
        assertEquals(0, transactions.inTransaction(() -> store.taskRepository().count()));
    }

    @Test
    void anInterruptedThreadFailsBeforeItTakesAConnection() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(
                    DbClientException.class,
                    () -> transactions.inTransaction(
                            () -> store.taskRepository().count()));
            assertTrue(Thread.interrupted(), "the interrupt stays set");
        } finally {
            Thread.interrupted();
        }
        assertEquals(0, store.lanes().lent());
    }

    @Test
    void aUnitInterruptedBeforeItsCommitStillCommitsOnAVirtualThread() throws Exception {
        CompletableFuture<Boolean> interruptKept =
                CompletableFuture.supplyAsync(this::appendThenInterrupt, virtualThreads);
        assertTrue(interruptKept.get(10, TimeUnit.SECONDS));
        assertEquals(0, store.lanes().lent());
        assertEquals(new LogBounds(1, 1), store.notificationLog().bounds());
    }

    @Test
    void aUnitInterruptedBeforeItsCommitStillCommitsOnAPlatformThread() {
        try {
            assertTrue(appendThenInterrupt());
        } finally {
            Thread.interrupted();
        }
        assertEquals(0, store.lanes().lent());
        assertEquals(new LogBounds(1, 1), store.notificationLog().bounds());
    }

    /** Appends in a unit that interrupts its own thread before the commit; whether the interrupt is still set after. */
    private boolean appendThenInterrupt() {
        transactions.inTransaction(() -> {
            store.notificationLog().append(SampleDrafts.draft("interrupted"));
            Thread.currentThread().interrupt();
            return null;
        });
        return Thread.currentThread().isInterrupted();
    }

    private static boolean causedByInterrupt(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
