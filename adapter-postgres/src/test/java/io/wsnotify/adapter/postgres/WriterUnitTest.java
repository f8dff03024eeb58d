package io.wsnotify.adapter.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.application.contract.SampleDrafts;
import io.wsnotify.domain.Device;
import io.wsnotify.domain.DeviceId;
import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.TaskId;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import io.wsnotify.testsupport.Await;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Units of work that write: serialised across nodes from their first statement, reads included. */
class WriterUnitTest {
    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private String database;
    private PostgresStore nodeA;
    private PostgresStore nodeB;

    @BeforeEach
    void open() {
        database = POSTGRES.newDatabase();
        nodeA = PostgresStore.open(POSTGRES.settings(database));
        nodeB = PostgresStore.open(POSTGRES.settings(database));
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        nodeA.close();
        nodeB.close();
        POSTGRES.drop(database);
    }

    /** Without the writer lock both nodes would read "offline" and both would notify. */
    @Test
    void aWriterReadsWhatAWriterOnAnotherNodeCommittedMeanwhile() throws Exception {
        DeviceId id = nodeA.deviceRepository()
                .add("Device U1", false, SampleDrafts.T0)
                .id();
        CountDownLatch changed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> first =
                CompletableFuture.supplyAsync(() -> reportOnline(nodeA, id, changed, release), threads);
        assertTrue(changed.await(10, TimeUnit.SECONDS));
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(
                () -> reportOnline(nodeB, id, new CountDownLatch(1), new CountDownLatch(0)), threads);
        Await.until(
                "the second writer waits before its first read",
                Duration.ofSeconds(15),
                () -> POSTGRES.server().sessionsWaitingForALock(database) == 1);
        assertFalse(second.isDone());
        release.countDown();
        assertTrue(first.get(10, TimeUnit.SECONDS), "the first report changes the device");
        assertFalse(second.get(10, TimeUnit.SECONDS), "the second sees it online already");
        assertEquals(new LogBounds(1, 1), nodeB.notificationLog().bounds());
    }

    @Test
    void aUnitNotDeclaredAWriterThatReadsThenWritesRunsAgainAsAWriterAndCommitsOnce() {
        AtomicInteger runs = new AtomicInteger();
        long seq = nodeA.transactions().inTransaction(() -> {
            runs.incrementAndGet();
            long before = nodeA.taskRepository().count();
            nodeA.taskRepository().add(new TaskName("task " + before), TaskStatus.PENDING, SampleDrafts.T0);
            return nodeA.notificationLog()
                    .append(SampleDrafts.draft("after reading"))
                    .seq();
        });
        assertEquals(2, runs.get());
        assertEquals(1, seq);
        assertEquals(1, nodeB.taskRepository().count());
        assertEquals(
                "task 0",
                nodeB.taskRepository().find(new TaskId(1)).orElseThrow().name().value());
    }

    @Test
    void aUnitThatSwallowsTheRetrySignalStillRunsAgainAsAWriter() {
        AtomicInteger runs = new AtomicInteger();
        nodeA.transactions().inTransaction(() -> {
            runs.incrementAndGet();
            nodeA.taskRepository().count();
            try {
                nodeA.notificationLog().append(SampleDrafts.draft("kept once"));
            } catch (RuntimeException swallowed) {
                // a careless caller: the unit must still not commit half of its work
            }
            return null;
        });
        assertEquals(2, runs.get());
        assertEquals(new LogBounds(1, 1), nodeB.notificationLog().bounds());
    }

    /** In one writer unit: read the device, and if it was offline set it online and log that. */
    private static boolean reportOnline(
            PostgresStore node, DeviceId id, CountDownLatch changed, CountDownLatch release) {
        return node.transactions().inWriteTransaction(() -> {
            Device device = node.deviceRepository().find(id).orElseThrow();
            if (!device.changesWith(true)) {
                return false;
            }
            node.deviceRepository().save(device.report(true, SampleDrafts.T0.plusSeconds(1)));
            node.notificationLog().append(SampleDrafts.draft("Device U1 is now online"));
            changed.countDown();
            Await.released(release, Duration.ofSeconds(30));
            return true;
        });
    }
}
