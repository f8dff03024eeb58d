package io.wsnotify.adapter.postgres;

import io.wsnotify.domain.port.Leadership;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link Leadership} by a session-level advisory lock ({@link AdvisoryLocks#LEADER}) held on a
 * dedicated connection, not from the pool. A node that is not the leader tries to take the lock
 * every {@link #RETRY}. The leader watches its session without pause: it waits on the connection for
 * {@link #CHECK} (a session ended by the server is seen at once) and then runs a query (a dead network
 * is seen within the connection's timeout); on any failure it stops leading at once, before anyone
 * else can take over. When the leader's session ends for any reason the server releases the lock,
 * and another node takes it at its next try. {@link #close()} gives the lead up.
 */
final class PostgresLeadership implements Leadership, AutoCloseable {
    static final Duration RETRY = Duration.ofSeconds(2);
    static final Duration CHECK = Duration.ofSeconds(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final System.Logger LOG = System.getLogger(PostgresLeadership.class.getName());

    private final ConnectionOpener opener;
    private final Thread thread;
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile boolean leader;
    private volatile boolean closed;
    private volatile int backendPid;
    private Connection connection;

    PostgresLeadership(ConnectionOpener opener) {
        this.opener = opener;
        this.thread = Thread.ofPlatform().name("postgres-leadership").daemon().unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    @Override
    public boolean isLeader() {
        return leader;
    }

    /** How many times this node tried to take the lead (for tests). */
    int attempts() {
        return attempts.get();
    }

    /** The server process of this node's leadership session, 0 while there is none (for tests). */
    int backendPid() {
        return backendPid;
    }

    /** Stops leading (or trying to), releases the lock and closes the connection. */
    @Override
    public void close() {
        leader = false;
        closed = true;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (!closed) {
                try {
                    if (leader) {
                        watch();
                    } else {
                        tryToLead();
                    }
                } catch (SQLException | RuntimeException e) {
                    loseConnection(e);
                }
            }
        } finally {
            release();
        }
    }

    private void tryToLead() throws SQLException {
        if (connection == null) {
            connection = opener.openDedicated("leader", TIMEOUT);
            backendPid = connection.unwrap(PGConnection.class).getBackendPID();
        }
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, AdvisoryLocks.LEADER);
            try (ResultSet row = lock.executeQuery()) {
                leader = row.next() && row.getBoolean(1) && !closed;
            }
        } finally {
            attempts.incrementAndGet();
        }
        if (leader) {
            LOG.log(System.Logger.Level.INFO, "This node leads now (simulator and retention pruning run here)");
        } else {
            pause(RETRY);
        }
    }

    private void watch() throws SQLException {
        connection.unwrap(PGConnection.class).getNotifications((int) CHECK.toMillis());
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        }
    }

    private void loseConnection(Exception e) {
        if (leader) {
            leader = false;
            LOG.log(System.Logger.Level.WARNING, "This node stopped leading: its PostgreSQL session failed: "
                    + e.getMessage());
        }
        closeConnection();
        if (!closed) {
            pause(RETRY);
        }
    }

    private void release() {
        if (connection == null) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_unlock_all()");
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not unlock before closing; closing ends the lock anyway", e);
        }
        closeConnection();
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.DEBUG, "Could not close the leadership connection", e);
            }
            connection = null;
            backendPid = 0;
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
