package io.wsnotify.adapter.postgres;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.testsupport.Await;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.PGConnection;

/** One node at a time leads; when the leader goes, by closing or by dying, another takes over within seconds. */
class LeadershipTest {
    private static final Duration TAKEOVER = Duration.ofSeconds(10);

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

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
        nodeA.close();
        nodeB.close();
        POSTGRES.drop(database);
    }

    @Test
    void exactlyOneOfTwoNodesLeads() {
        PostgresLeadership a = leadership(nodeA);
        PostgresLeadership b = leadership(nodeB);
        Await.until("a node leads", Duration.ofSeconds(15), () -> a.isLeader() || b.isLeader());
        PostgresLeadership other = a.isLeader() ? b : a;
        int tried = other.attempts();
        Await.until("the other node tries twice more", Duration.ofSeconds(15), () -> {
            assertFalse(a.isLeader() && b.isLeader(), "two leaders at once");
            return other.attempts() >= tried + 2;
        });
        assertTrue(a.isLeader() ^ b.isLeader());
    }

    @Test
    void anotherNodeTakesOverWhenTheLeaderCloses() {
        PostgresLeadership a = leadership(nodeA);
        Await.until("A leads", Duration.ofSeconds(15), a::isLeader);
        PostgresLeadership b = leadership(nodeB);
        Await.until("B has tried", Duration.ofSeconds(15), () -> b.attempts() >= 1);
        assertFalse(b.isLeader());
        nodeA.close();
        assertFalse(a.isLeader());
        Duration took = Await.until("B takes over", TAKEOVER, b::isLeader);
        System.out.println("takeover after the leader closed took " + took.toMillis() + " ms");
    }

    /** A node that dies holds the lock on a session that ends with it, like this bare connection. */
    @Test
    void anotherNodeTakesOverWhenTheLeadingNodeDies() throws SQLException {
        try (Connection deadNode =
                DriverManager.getConnection(POSTGRES.server().url(database), PostgresServer.SUPERUSER, null)) {
            assertTrue(tryLead(deadNode));
            PostgresLeadership a = leadership(nodeA);
            Await.until("A has tried twice", Duration.ofSeconds(15), () -> a.attempts() >= 2);
            assertFalse(a.isLeader());
            POSTGRES.server().administer("SELECT pg_terminate_backend(" + pid(deadNode) + ")");
            Duration took = Await.until("A takes over", TAKEOVER, a::isLeader);
            System.out.println("takeover after the leading node died took " + took.toMillis() + " ms");
        }
    }

    @Test
    void theLeaderStopsLeadingAtOnceWhenItsSessionEndsAndLeadsAgainLater() {
        PostgresLeadership a = leadership(nodeA);
        Await.until("A leads", Duration.ofSeconds(15), a::isLeader);
        int session = a.backendPid();
        POSTGRES.server().administer("SELECT pg_terminate_backend(" + session + ")");
        Duration noticed = Await.until("A stops leading", Duration.ofSeconds(3), () -> !a.isLeader());
        System.out.println("the leader noticed the end of its session after " + noticed.toMillis() + " ms");
        Await.until("A leads again on a new session", TAKEOVER, a::isLeader);
        assertNotEquals(session, a.backendPid());
    }

    private static PostgresLeadership leadership(PostgresStore node) {
        return (PostgresLeadership) node.leadership();
    }

    private static boolean tryLead(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, AdvisoryLocks.LEADER);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private static int pid(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getBackendPID();
    }
}
