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
    private final HikariConnectionPool readPool;
    private final HikariConnectionPool writePool;
    private final DbClient reads;
    private final DbClient writes;

    ConnectionLanes(ConnectionFactory factory, int readConnections, Duration acquireTimeout) {
        this.readPool = new HikariConnectionPool(factory.pool("sqlite-read", readConnections, acquireTimeout));
        try {
            this.writePool = new HikariConnectionPool(factory.pool("sqlite-write", 1, acquireTimeout));
        } catch (RuntimeException e) {
            readPool.close();
            throw e;
        }
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
    HikariConnectionPool readPool() {
        return readPool;
    }

    /** The pool of the write connection (for this module's tests). */
    HikariConnectionPool writePool() {
        return writePool;
    }

    /** Connections lent out now in both lanes (for this module's tests). */
    int lent() {
        return readPool.lent() + writePool.lent();
    }

    /** Closes every connection of both lanes, lent ones included. */
    @Override
    public void close() {
        reads.close();
        writes.close();
    }

    private static DbClient client(HikariConnectionPool pool) {
        return JdbcClientBuilder.create()
                .connectionPool(pool)
                .parametersSetter(
                        JdbcParametersConfig.builder().useStringBinding(false).build())
                .build();
    }
}
