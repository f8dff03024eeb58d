package io.wsnotify.adapter.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.application.contract.SampleDrafts;
import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.PageLimit;
import io.wsnotify.domain.TaskFilter;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import io.wsnotify.testsupport.Await;
import java.time.Duration;
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
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A read unit of work sees one snapshot: its data and the log's newest seq ({@code Notify-Seq})
 * agree, also while other nodes commit, so a snapshot and a stream from that seq join without a gap.
 */
class SnapshotTest {
    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private String database;
    private PostgresStore writerNode;
    private PostgresStore readerNode;

    @BeforeEach
    void open() {
        database = POSTGRES.newDatabase();
        writerNode = PostgresStore.open(POSTGRES.settings(database));
        readerNode = PostgresStore.open(POSTGRES.settings(database));
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        writerNode.close();
        readerNode.close();
        POSTGRES.drop(database);
    }

    @Test
    void aReadUnitOfWorkDoesNotSeeACommitThatHappensDuringIt() throws Exception {
        writeTaskWithNotification(writerNode);
        CountDownLatch snapshotTaken = new CountDownLatch(1);
        CountDownLatch writerDone = new CountDownLatch(1);
        CompletableFuture<List<Long>> reader = CompletableFuture.supplyAsync(
                () -> readerNode.transactions().inTransaction(() -> {
                    long before = readerNode.notificationLog().bounds().newest();
                    snapshotTaken.countDown();
                    Await.released(writerDone, Duration.ofSeconds(30));
                    return List.of(
                            before,
                            readerNode.notificationLog().bounds().newest(),
                            readerNode.taskRepository().count(),
                            (long) readerNode
                                    .taskRepository()
                                    .list(new TaskFilter(null, PageLimit.DEFAULT, 0))
                                    .size());
                }),
                threads);
        assertTrue(snapshotTaken.await(10, TimeUnit.SECONDS));
        writeTaskWithNotification(writerNode);
        writerDone.countDown();
        assertEquals(List.of(1L, 1L, 1L, 1L), reader.get(10, TimeUnit.SECONDS));
        assertEquals(
                new LogBounds(1, 2), readerNode.transactions().inTransaction(readerNode.notificationLog()::bounds));
    }

    @Test
    void readersOnOneNodeNeverSeeAChangeWithoutItsNotificationWhileTwoNodesWrite() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        List<CompletableFuture<Integer>> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            readers.add(CompletableFuture.supplyAsync(() -> mismatchesWhile(writing), threads));
        }
        List<CompletableFuture<Void>> writers = List.of(
                CompletableFuture.runAsync(() -> writeMany(writerNode, 40), threads),
                CompletableFuture.runAsync(() -> writeMany(readerNode, 40), threads));
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        writing.set(false);
        for (CompletableFuture<Integer> reader : readers) {
            assertEquals(0, reader.get(30, TimeUnit.SECONDS));
        }
        assertEquals(80, readerNode.taskRepository().count());
    }

    /** Read units that compare the tasks they see with the newest seq they see, until writing stops. */
    private int mismatchesWhile(AtomicBoolean writing) {
        int mismatches = 0;
        do {
            mismatches += readerNode.transactions().inTransaction(() -> {
                long tasks = readerNode.taskRepository().count();
                long newest = readerNode.notificationLog().bounds().newest();
                return tasks == newest ? 0 : 1;
            });
        } while (writing.get());
        return mismatches;
    }

    private static void writeMany(PostgresStore node, int count) {
        for (int i = 0; i < count; i++) {
            writeTaskWithNotification(node);
        }
    }

    private static void writeTaskWithNotification(PostgresStore node) {
        node.transactions().inWriteTransaction(() -> {
            node.taskRepository().add(new TaskName("task"), TaskStatus.PENDING, SampleDrafts.T0);
            return node.notificationLog().append(SampleDrafts.draft("task created"));
        });
    }
}
