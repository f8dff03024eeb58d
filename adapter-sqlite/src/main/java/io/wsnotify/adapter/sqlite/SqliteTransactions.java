package io.wsnotify.adapter.sqlite;

import io.helidon.dbclient.DbClient;
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
 */
final class SqliteTransactions implements Transactions {
    private final ThreadLocal<UnitOfWork> current = new ThreadLocal<>();
    private final DbClient db;
    private final Executor committer;

    SqliteTransactions(DbClient db, Executor committer) {
        this.db = db;
        this.committer = committer;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        UnitOfWork unit = new UnitOfWork(db::transaction);
        current.set(unit);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            unit.rollback(e);
            throw e;
        } finally {
            current.remove();
        }
        unit.commit(committer);
        return result;
    }

    /** Where a read runs: the current unit of work, or autocommit outside one. */
    DbExecute reader() {
        UnitOfWork unit = current.get();
        return unit == null ? db.execute() : unit.statements(false);
    }

    /** Where a write runs: the current unit of work (which then commits durably), or autocommit. */
    DbExecute writer() {
        UnitOfWork unit = current.get();
        return unit == null ? db.execute() : unit.statements(true);
    }
}
