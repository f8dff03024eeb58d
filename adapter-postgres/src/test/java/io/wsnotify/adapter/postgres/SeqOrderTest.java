package io.wsnotify.adapter.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.application.contract.SampleDrafts;
import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.PageLimit;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import io.wsnotify.domain.Visibility;
import io.wsnotify.testsupport.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seq order is commit order across nodes (DESIGN §8): a seq becomes visible only after every smaller
 * one, so a follower that reads {@code seq > last} and moves {@code last} on never skips one.
 */
class SeqOrderTest {
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

    /** The pitfall itself: seq 2 must not commit while seq 1 is still open on another node. */
    @Test
    void aWriterOnAnotherNodeWaitsUntilTheOpenAppendHasCommitted() throws Exception {
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Long> first = CompletableFuture.supplyAsync(
                () -> nodeA.transactions().inWriteTransaction(() -> {
                    long seq = nodeA.notificationLog()
                            .append(SampleDrafts.draft("first, committed late"))
                            .seq();
                    appended.countDown();
                    Await.released(release, Duration.ofSeconds(30));
                    return seq;
                }),
                threads);
        assertTrue(appended.await(10, TimeUnit.SECONDS));
        CompletableFuture<Long> second = CompletableFuture.supplyAsync(
                () -> nodeB.notificationLog()
                        .append(SampleDrafts.draft("second"))
                        .seq(),
                threads);
        Await.until(
                "the second writer waits for the first",
                Duration.ofSeconds(15),
                () -> POSTGRES.server().sessionsWaitingForALock(database) == 1);
        assertFalse(second.isDone());
        assertEquals(List.of(), readAll(nodeB, 0), "nothing is visible while seq 1 is open");

        release.countDown();
        assertEquals(1L, first.get(10, TimeUnit.SECONDS));
        assertEquals(2L, second.get(10, TimeUnit.SECONDS));
        assertEquals(
                List.of(1L, 2L),
                readAll(nodeB, 0).stream().map(Notification::seq).toList());
    }

    @Test
    void aFollowerReadingSeqAfterLastNeverSkipsOneWhileTwoNodesWrite() throws Exception {
        int writersPerNode = 3;
        int unitsPerWriter = 40;
        AtomicBoolean writing = new AtomicBoolean(true);
        CompletableFuture<List<Long>> follower = CompletableFuture.supplyAsync(() -> follow(writing), threads);
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (PostgresStore node : List.of(nodeA, nodeB)) {
            for (int w = 0; w < writersPerNode; w++) {
                writers.add(CompletableFuture.runAsync(() -> write(node, unitsPerWriter), threads));
            }
        }
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        writing.set(false);
        int total = 2 * writersPerNode * unitsPerWriter;
        assertEquals(LongStream.rangeClosed(1, total).boxed().toList(), follower.get(60, TimeUnit.SECONDS));
    }

    /**
     * Follows the log as a node's follower does, until it has caught up after the writers stopped;
     * fails at the first seq seen before a smaller one.
     */
    private List<Long> follow(AtomicBoolean writing) {
        List<Long> seen = new ArrayList<>();
        long last = 0;
        boolean done = false;
        while (!done) {
            boolean writersStopped = !writing.get();
            long since = last;
            Page page = nodeB.transactions()
                    .inTransaction(() -> new Page(
                            readAll(nodeB, since), nodeB.notificationLog().bounds()));
            for (Notification notification : page.notifications()) {
                assertEquals(last + 1, notification.seq(), "a seq became visible before a smaller one");
                last = notification.seq();
                seen.add(last);
            }
            assertEquals(
                    page.bounds().newest(),
                    page.notifications().isEmpty() ? since : last,
                    "the newest seq of a snapshot is the last one it shows");
            done = writersStopped && page.notifications().isEmpty();
        }
        return seen;
    }

    private static void write(PostgresStore node, int units) {
        for (int i = 0; i < units; i++) {
            node.transactions().inWriteTransaction(() -> {
                node.taskRepository().add(new TaskName("task"), TaskStatus.PENDING, SampleDrafts.T0);
                node.notificationLog().append(SampleDrafts.draft("task created"));
                return node.taskRepository().count();
            });
        }
    }

    private static List<Notification> readAll(PostgresStore node, long since) {
        return node.notificationLog().read(new LogQuery(since, Set.of(), Visibility.everything(), PageLimit.MAX));
    }

    private record Page(List<Notification> notifications, LogBounds bounds) {}
}
