package io.wsnotify.adapter.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.jdbc.CloseableJdbcConnectionPool;

import java.sql.Connection;
import java.sql.SQLException;

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
