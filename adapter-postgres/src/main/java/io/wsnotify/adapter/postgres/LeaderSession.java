package io.wsnotify.adapter.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;

/**
 * The dedicated session (not from the pool) on which a node holds, or tries to take, the
 * session-level advisory lock {@link AdvisoryLocks#LEADER}. The server releases the lock when the
 * session ends, however it ends.
 */
final class LeaderSession implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LeaderSession.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Connection connection;
    private final int backendPid;

    private LeaderSession(Connection connection) throws SQLException {
        this.connection = connection;
        this.backendPid = connection.unwrap(PGConnection.class).getBackendPID();
    }

    /** A new session; a read from the server that waits longer than two seconds fails it. */
    static LeaderSession open(ConnectionOpener opener) throws SQLException {
        return new LeaderSession(opener.openDedicated("leader", TIMEOUT));
    }

    int backendPid() {
        return backendPid;
    }

    /** Takes the lock if no other session holds it; true when this session holds it now. */
    boolean tryLead() throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, AdvisoryLocks.LEADER);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    /**
     * Waits {@code period} on the connection, which throws at once when the server ends the session,
     * then asks the server something, which throws within the timeout when the network is dead.
     */
    void watch(Duration period) throws SQLException {
        connection.unwrap(PGConnection.class).getNotifications((int) period.toMillis());
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        }
    }

    /** Releases the lock (closing would too, once the server notices) and closes the session. */
    @Override
    public void close() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_unlock_all()");
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not unlock before closing; the end of the session unlocks", e);
        }
        abandon();
    }

    /** Closes a session that failed, without asking the server anything more. */
    void abandon() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not close the leadership session", e);
        }
    }
}
