package io.wsnotify.adapter.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.application.contract.SampleDrafts;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.Visibility;
import io.wsnotify.domain.port.Leadership;
import io.wsnotify.testsupport.Await;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL stopped and started again under a running node: health says so within a second, the
 * leader steps down, and afterwards the node carries on (pool, listening session, leadership)
 * without losing what was committed. A server of its own, as it is stopped.
 */
@ExtendWith(PostgresBinaries.class)
class OutageTest {
    private static PostgresServer server;

    @BeforeAll
    static void startServer() {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void healthFollowsTheServerAndTheNodeCarriesOnAfterARestart() {
        server.administer("CREATE DATABASE notify");
        try (PostgresStore node = PostgresStore.open(PostgresDatabase.settingsFor(server, "notify"))) {
            List<Long> heard = new CopyOnWriteArrayList<>();
            node.notifier().listen(heard::add);
            Leadership leadership = node.leadership();
            Await.until(
                    "the node leads and listens",
                    Duration.ofSeconds(15),
                    () -> leadership.isLeader() && node.listener().listenings() == 1);
            Notification before = node.notificationLog().append(SampleDrafts.draft("before the outage"));
            assertTrue(node.isHealthy());

            server.stop();
            assertFalse(assertTimeoutPreemptively(Duration.ofSeconds(3), node::isHealthy));
            assertFalse(assertTimeoutPreemptively(Duration.ofSeconds(3), node::isHealthy), "asked again");
            Await.until("the leader steps down", Duration.ofSeconds(5), () -> !leadership.isLeader());

            server.startAgain();
            Duration back = Await.until("healthy again", Duration.ofSeconds(15), node::isHealthy);
            System.out.println("healthy " + back.toMillis() + " ms after the restart");
            Notification after = node.notificationLog().append(SampleDrafts.draft("after the outage"));
            assertEquals(
                    List.of(before, after),
                    node.notificationLog().read(new LogQuery(0, Set.of(), Visibility.everything(), 100)));
            Await.until(
                    "the listening session is back",
                    Duration.ofSeconds(15),
                    () -> node.listener().listenings() == 2);
            Await.until("the follower hears of the append", Duration.ofSeconds(15), () -> heard.contains(after.seq()));
            Await.until("the node leads again", Duration.ofSeconds(15), leadership::isLeader);
        }
    }
}
