package io.wsnotify.adapter.sqlite;

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
 * back, rolled back and reset to autocommit by HikariCP. A thread that is interrupted, or a pool
 * that is closed, lends nothing.
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
            throw new DbClientException("The SQLite store is closed");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new DbClientException("Interrupted before taking a SQLite connection", new InterruptedException());
        }
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new DbClientException("No SQLite connection: " + e.getMessage(), e);
        }
    }

    @Override
    public String dbType() {
        return "jdbc:sqlite";
    }

    /** How many connections are lent out now. */
    int lent() {
        HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
        return pool == null ? 0 : pool.getActiveConnections();
    }

    /** How many borrowers wait for a connection now. */
    int waiting() {
        HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
        return pool == null ? 0 : pool.getThreadsAwaitingConnection();
    }

    /** Closes every connection: idle ones at once, lent ones too (their unit of work then fails). */
    @Override
    public void close() {
        closed = true;
        dataSource.close();
    }
}
