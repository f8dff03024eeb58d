package io.wsnotify.adapter.postgres;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbTransaction;
import java.util.concurrent.locks.Lock;

/**
 * One running transaction of one thread, begun at the work's first statement as either
 * <ul>
 *     <li>a writer: READ COMMITTED, after taking this node's writer lock and then the cluster-wide
 *     one ({@link AdvisoryLocks#WRITER}); no other writer commits until it ends, so each of its
 *     statements sees everything committed and nothing changes under it; or</li>
 *     <li>a reader: REPEATABLE READ READ ONLY, one snapshot for all its statements (the data and the
 *     log's bounds of a read agree, which {@code Notify-Seq} rests on).</li>
 * </ul>
 * A reader asked to write cannot turn into a writer (its snapshot may be stale by then): it is marked
 * and {@link PostgresTransactions} runs the work again as a writer. A first statement that fails on a
 * connection broken by a server restart is run once more on a new one (nothing was done yet).
 */
final class UnitOfWork {
    private static final String BEGIN_READ = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";
    private static final String TAKE_WRITER_LOCK = "SELECT 1 FROM pg_advisory_xact_lock(?)";

    private final DbClient db;
    private final HikariConnectionPool pool;
    private final Lock localWriters;
    private final boolean declaredWriter;
    private DbTransaction transaction;
    private boolean writer;
    private boolean needsWriter;

    UnitOfWork(DbClient db, HikariConnectionPool pool, Lock localWriters, boolean declaredWriter) {
        this.db = db;
        this.pool = pool;
        this.localWriters = localWriters;
        this.declaredWriter = declaredWriter;
    }

    /** Where the work's next statement runs; {@code write} says whether it changes anything. */
    DbExecute statements(boolean write) {
        if (transaction == null) {
            begin(write || declaredWriter);
        } else if (write && !writer) {
            needsWriter = true;
            throw WriterNeeded.INSTANCE;
        }
        return transaction;
    }

    /** True when the work tried to write in a reader: its result must be thrown away. */
    boolean needsWriter() {
        return needsWriter;
    }

    void commit() {
        if (transaction == null) {
            return;
        }
        try {
            transaction.commit();
        } finally {
            end();
        }
    }

    /** Rolls back what the work did; a failure to do so is added to {@code failure}. */
    void rollback(Throwable failure) {
        if (transaction == null) {
            return;
        }
        try {
            transaction.rollback();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        } finally {
            end();
        }
    }

    private void begin(boolean write) {
        if (write) {
            localWriters.lock();
        }
        writer = write;
        try {
            transaction = pool.retryOnStaleConnection(() -> opened(write));
        } catch (RuntimeException e) {
            if (writer) {
                writer = false;
                localWriters.unlock();
            }
            throw e;
        }
    }

    /** A transaction whose first statement ran; if that failed, rolled back (if it got a connection). */
    private DbTransaction opened(boolean write) {
        DbTransaction begun = db.transaction();
        try {
            if (write) {
                begun.createGet(TAKE_WRITER_LOCK).params(AdvisoryLocks.WRITER).execute();
            } else {
                begun.createDmlStatement(BEGIN_READ).execute();
            }
            return begun;
        } catch (RuntimeException e) {
            if (!HikariConnectionPool.noConnection(e)) {
                try {
                    begun.rollback();
                } catch (RuntimeException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
            }
            throw e;
        }
    }

    private void end() {
        transaction = null;
        if (writer) {
            writer = false;
            localWriters.unlock();
        }
    }

    /** Thrown out of the work when a reader writes; never reaches the caller. */
    static final class WriterNeeded extends RuntimeException {
        static final WriterNeeded INSTANCE = new WriterNeeded();

        private WriterNeeded() {
            super("a read-only unit of work tried to write; it is run again as a writer", null, false, false);
        }
    }
}
