package io.wsnotify.adapter.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.application.contract.SampleDrafts;
import io.wsnotify.testsupport.Await;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The wake-up across nodes: an append on one node reaches the follower of another through
 * LISTEN/NOTIFY, the listening session comes back after it is killed, and a lost wake-up costs only
 * a poll interval.
 */
class NotifierTest {
    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    private String database;
    private PostgresStore nodeA;
    private PostgresStore nodeB;
    private final List<Long> heardByA = new CopyOnWriteArrayList<>();
    private final List<Long> heardByB = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        database = POSTGRES.newDatabase();
        nodeA = PostgresStore.open(POSTGRES.settings(database));
        nodeB = PostgresStore.open(POSTGRES.settings(database));
        nodeA.notifier().listen(heardByA::add);
        nodeB.notifier().listen(heardByB::add);
        Await.until(
                "both nodes listen",
                Duration.ofSeconds(15),
                () -> nodeA.listener().listenings() == 1 && nodeB.listener().listenings() == 1);
    }

    @AfterEach
    void close() {
        nodeA.close();
        nodeB.close();
        POSTGRES.drop(database);
    }

    @Test
    void tellsTheFollowersOfItsOwnNodeAtOnce() {
        nodeA.notifier().appended(7);
        assertTrue(heardByA.contains(7L), "told before appended returns, without a round trip");
    }

    /** The seqs announced here are in no log: only NOTIFY can bring them, never the poll. */
    @Test
    void anAppendOnOneNodeWakesTheFollowerOnTheOther() {
        nodeA.notifier().appended(424_242);
        Duration took = Await.until("B hears the wake-up", Duration.ofSeconds(10), () -> heardByB.contains(424_242L));
        System.out.println("wake-up from node A to node B took " + took.toMillis() + " ms");
    }

    @Test
    void theListeningSessionComesBackAfterItIsKilledAndCatchesUp() {
        POSTGRES.server()
                .administer("SELECT pg_terminate_backend(" + nodeB.listener().backendPid() + ")");
        long missed = nodeA.notificationLog()
                .append(SampleDrafts.draft("while B was not listening"))
                .seq();
        Await.until(
                "B listens again",
                Duration.ofSeconds(15),
                () -> nodeB.listener().listenings() == 2);
        Await.until("B catches up on seq " + missed, Duration.ofSeconds(15), () -> heardByB.contains(missed));
        nodeA.notifier().appended(525_252);
        Await.until("B hears wake-ups again", Duration.ofSeconds(15), () -> heardByB.contains(525_252L));
        assertEquals(1, nodeA.listener().listenings(), "A's session was not touched");
    }

    @Test
    void aLostWakeUpCostsOnlyAPollInterval() {
        long seq = nodeA.notificationLog()
                .append(SampleDrafts.draft("nobody is told"))
                .seq();
        Duration took =
                Await.until("B finds seq " + seq + " by polling", Duration.ofSeconds(10), () -> heardByB.contains(seq));
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "found within a few poll intervals: " + took);
    }
}
