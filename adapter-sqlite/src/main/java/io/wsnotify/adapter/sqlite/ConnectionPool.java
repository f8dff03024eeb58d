package io.wsnotify.adapter.sqlite;

import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.jdbc.CloseableJdbcConnectionPool;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The JDBC connection pool DbClient draws from: at most {@code size} SQLite connections, opened on
 * demand and kept open. A borrower waits (parking, so virtual threads unmount) for a free one.
 * {@code close()} on a lent connection gives it back, rolled back to autocommit.
 */
final class ConnectionPool implements CloseableJdbcConnectionPool {
    private final ConnectionFactory factory;
    private final int size;
    private final Semaphore permits;
    private final Duration acquireTimeout;
    private final Deque<PhysicalConnection> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    ConnectionPool(ConnectionFactory factory, int size, Duration acquireTimeout) {
        this.factory = factory;
        this.size = size;
        this.permits = new Semaphore(size, true);
        this.acquireTimeout = acquireTimeout;
    }

    @Override
    public Connection connection() {
        acquirePermit();
        try {
            PhysicalConnection physical = idle.pollFirst();
            if (physical == null) {
                physical = new PhysicalConnection(factory.open());
            }
            return PooledConnection.lend(physical, this);
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw new DbClientException("Cannot open a connection to " + factory.file(), e);
        }
    }

    @Override
    public String dbType() {
        return "jdbc:sqlite";
    }

    /** Takes a lent connection back; one that cannot be reset is closed instead of reused. */
    void giveBack(PhysicalConnection physical) {
        try {
            if (closed || !physical.reset()) {
                physical.close();
            } else {
                idle.offerFirst(physical);
                if (closed) {
                    closeIdle();
                }
            }
        } finally {
            permits.release();
        }
    }

    /** How many connections are lent out now. */
    int lent() {
        return size - permits.availablePermits();
    }

    /** How many borrowers wait for a connection now. */
    int waiting() {
        return permits.getQueueLength();
    }

    /** Closes idle connections now and lent ones when they come back. */
    @Override
    public void close() {
        closed = true;
        closeIdle();
    }

    private void closeIdle() {
        PhysicalConnection physical;
        while ((physical = idle.pollFirst()) != null) {
            physical.close();
        }
    }

    private void acquirePermit() {
        if (closed) {
            throw new DbClientException("The SQLite store is closed");
        }
        try {
            if (!permits.tryAcquire(acquireTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new DbClientException("No free SQLite connection within " + acquireTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DbClientException("Interrupted while waiting for a SQLite connection", e);
        }
    }
}
