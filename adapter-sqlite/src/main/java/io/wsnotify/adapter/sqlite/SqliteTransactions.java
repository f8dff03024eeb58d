package io.wsnotify.adapter.sqlite;

import io.helidon.dbclient.DbExecute;
import io.wsnotify.domain.port.Transactions;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * {@link Transactions} over DbClient. The unit of work is bound to the calling thread, so every
 * repository call the work makes runs in the same {@code DbTransaction}; a nested call joins the
 * outer unit. Outside a unit of work repositories run in autocommit.
 *
 * <p>SQLite begins the transaction deferred: the first read pins one snapshot for the whole unit
 * (WAL lets readers run beside the single writer), the first write takes the write lock. Writers
 * are serialised by the core, so the upgrade never meets another writer.
 *
 * <p>A unit whose first statement writes runs on the write connection and so never waits for a
 * read connection. A unit that reads before it writes cannot be told from a reader at its first
 * statement; {@link #inWriteTransaction} declares one up front.
 */
final class SqliteTransactions implements Transactions {
    private final ThreadLocal<UnitOfWork> current = new ThreadLocal<>();
    private final ConnectionLanes lanes;
    private final Executor committer;

    SqliteTransactions(ConnectionLanes lanes, Executor committer) {
        this.lanes = lanes;
        this.committer = committer;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return run(work, false);
    }

    /**
     * A unit of work that is going to write: it runs on the write connection from its first
     * statement, reads included, so it never waits for a read connection. Joins an outer unit.
     */
    @Override
    public <T> T inWriteTransaction(Supplier<T> work) {
        return run(work, true);
    }

    /** Where a read runs: the current unit of work, or autocommit on a read connection outside one. */
    DbExecute reader() {
        UnitOfWork unit = current.get();
        return unit == null ? lanes.reads().execute() : unit.statements(false);
    }

    /** Where a write runs: the current unit of work (which then commits durably), or autocommit. */
    DbExecute writer() {
        UnitOfWork unit = current.get();
        return unit == null ? lanes.writes().execute() : unit.statements(true);
    }

    private <T> T run(Supplier<T> work, boolean writeIntended) {
        if (current.get() != null) {
            return work.get();
        }
        UnitOfWork unit = new UnitOfWork(lanes, writeIntended);
        current.set(unit);
        T result;
        try {
            result = work.get();
        } catch (Throwable e) {
            // also checked exceptions thrown sneakily: the connection must go back in every case
            unit.rollback(e);
            throw e;
        } finally {
            current.remove();
        }
        unit.commit(committer);
        return result;
    }
}
