package io.wsnotify.adapter.postgres;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;
import io.wsnotify.domain.port.Transactions;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link Transactions} over DbClient on PostgreSQL. A unit of work is bound to the calling thread; a
 * nested call joins it. Outside a unit of work a read runs alone in autocommit, and a write runs in
 * a unit of its own.
 *
 * <p>A unit declared with {@link #inWriteTransaction}, or whose first statement writes, is a writer
 * and is serialised with every writer of every node (see {@link UnitOfWork}): seq order is commit
 * order. Any other unit is a reader with one snapshot. A reader that then writes is rolled back and
 * its work is run again from the start as a writer, which is correct only for work that does nothing
 * but call the store; the core declares its writes, so this never happens to it.
 *
 * <p>Writers of this node also queue on a local lock before they take a pooled connection, so
 * waiting writers never occupy more than one connection.
 */
final class PostgresTransactions implements Transactions {
    private final ThreadLocal<UnitOfWork> current = new ThreadLocal<>();
    private final Lock localWriters = new ReentrantLock(true);
    private final DbClient db;
    private final HikariConnectionPool pool;

    PostgresTransactions(DbClient db, HikariConnectionPool pool) {
        this.db = db;
        this.pool = pool;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return run(work, false);
    }

    @Override
    public <T> T inWriteTransaction(Supplier<T> work) {
        return run(work, true);
    }

    /**
     * Runs a reading statement in the current unit of work, or alone in autocommit outside one (once
     * more on a new connection if the first was broken by a server restart: a read can be repeated).
     */
    <T> T read(Function<DbExecute, T> statement) {
        UnitOfWork unit = current.get();
        if (unit == null) {
            return pool.retryOnStaleConnection(() -> statement.apply(db.execute()));
        }
        return statement.apply(unit.statements(false));
    }

    /** Runs a writing statement in the current unit of work, or in a writer unit of its own. */
    <T> T write(Function<DbExecute, T> statement) {
        return inWriteTransaction(() -> statement.apply(current.get().statements(true)));
    }

    private <T> T run(Supplier<T> work, boolean writer) {
        if (current.get() != null) {
            return work.get();
        }
        try {
            return attempt(work, writer);
        } catch (UnitOfWork.WriterNeeded e) {
            return attempt(work, true);
        }
    }

    private <T> T attempt(Supplier<T> work, boolean writer) {
        UnitOfWork unit = new UnitOfWork(db, pool, localWriters, writer);
        current.set(unit);
        T result;
        try {
            result = work.get();
        } catch (Throwable e) {
            // also checked exceptions thrown sneakily: the connection must go back in every case
            current.remove();
            unit.rollback(e);
            if (unit.needsWriter()) {
                throw UnitOfWork.WriterNeeded.INSTANCE;
            }
            throw e;
        } finally {
            current.remove();
        }
        if (unit.needsWriter()) {
            unit.rollback(UnitOfWork.WriterNeeded.INSTANCE);
            throw UnitOfWork.WriterNeeded.INSTANCE;
        }
        unit.commit();
        return result;
    }
}
