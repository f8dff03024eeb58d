package io.wsnotify.adapter.sqlite;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.jdbc.JdbcClientBuilder;
import io.helidon.dbclient.jdbc.JdbcParametersConfig;

import java.time.Duration;

/**
 * The two ways into the database, each a DbClient on a pool of its own: a pool of read connections,
 * and one connection reserved for writes. SQLite admits one writer at a time anyway, so the writer
 * loses nothing by having a single connection, and it never queues behind readers however many
 * wait for theirs. A unit of work picks its lane when it first touches the database.
 */
final class ConnectionLanes implements AutoCloseable {
    private final ConnectionPool readPool;
    private final ConnectionPool writePool;
    private final DbClient reads;
    private final DbClient writes;

    ConnectionLanes(ConnectionFactory factory, int readConnections, Duration acquireTimeout) {
        this.readPool = new ConnectionPool(factory, readConnections, acquireTimeout);
        this.writePool = new ConnectionPool(factory, 1, acquireTimeout);
        this.reads = client(readPool);
        this.writes = client(writePool);
    }

    /** Statements and transactions on the read connections. */
    DbClient reads() {
        return reads;
    }

    /** Statements and transactions on the write connection. */
    DbClient writes() {
        return writes;
    }

    /** The pool of read connections (for this module's tests). */
    ConnectionPool readPool() {
        return readPool;
    }

    /** The pool of the write connection (for this module's tests). */
    ConnectionPool writePool() {
        return writePool;
    }

    /** Connections lent out now in both lanes (for this module's tests). */
    int lent() {
        return readPool.lent() + writePool.lent();
    }

    /** Closes idle connections now and lent ones when they come back. */
    @Override
    public void close() {
        reads.close();
        writes.close();
    }

    private static DbClient client(ConnectionPool pool) {
        return JdbcClientBuilder.create()
                .connectionPool(pool)
                .parametersSetter(JdbcParametersConfig.builder().useStringBinding(false).build())
                .build();
    }
}
