package io.wsnotify.adapter.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.jdbc.CloseableJdbcConnectionPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * The JDBC connection pool DbClient draws from: a HikariCP pool. A borrower waits (parking, so
 * virtual threads unmount) for a free connection; {@code close()} on a lent connection gives it
 * back, rolled back and reset by HikariCP. While the server is down a borrower fails after the
 * pool's connection timeout; connections broken by the outage are replaced, not lent.
 */
final class HikariConnectionPool implements CloseableJdbcConnectionPool {
    private final HikariDataSource dataSource;
    private volatile boolean closed;

    HikariConnectionPool(HikariConfig config) {
        this.dataSource = new HikariDataSource(config);
    }

    @Override
    public Connection connection() {
        if (closed) {
            throw new NoConnection("The PostgreSQL store is closed", null);
        }
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new NoConnection("No PostgreSQL connection: " + e.getMessage(), e);
        }
    }

    @Override
    public String dbType() {
        return "jdbc:postgresql";
    }

    /** How many connections are lent out now. */
    int lent() {
        HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
        return pool == null ? 0 : pool.getActiveConnections();
    }

    @Override
    public void close() {
        closed = true;
        dataSource.close();
    }

    /**
     * Runs {@code first}, which must be the first statement on a connection; if it failed because
     * the connection was broken (the server restarted or ended the session since it was last used),
     * evicts every connection the pool holds and runs it once more, on a new connection. When the pool
     * had no connection to lend (the server is unreachable), it fails at once: the pool has been
     * trying to open one for the whole wait, and a second wait would only double it.
     */
    <T> T retryOnStaleConnection(Supplier<T> first) {
        try {
            return first.get();
        } catch (RuntimeException e) {
            if (!brokenConnection(e) || noConnection(e)) {
                throw e;
            }
            HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
            if (pool != null) {
                pool.softEvictConnections();
            }
            return first.get();
        }
    }

    /** Whether {@code failure} came from a connection the server has closed or cannot use any more. */
    static boolean brokenConnection(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code failure} is (or was caused by) this pool having no connection to lend. */
    static boolean noConnection(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NoConnection) {
                return true;
            }
        }
        return false;
    }

    /** No connection could be lent, so there is nothing to give back. */
    private static final class NoConnection extends DbClientException {
        NoConnection(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
