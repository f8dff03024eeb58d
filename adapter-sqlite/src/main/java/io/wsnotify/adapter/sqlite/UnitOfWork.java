package io.wsnotify.adapter.sqlite;

import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbTransaction;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * One running transaction: the {@link DbTransaction}, begun when the work first touches the
 * database, and whether the work wrote. The transaction runs in the write lane when the first
 * statement writes or the unit was declared a write up front, else in the read lane (where a
 * later write upgrades it in place: SQLite needs no other connection for that).
 *
 * <p>A commit that wrote waits for {@code fsync} ({@code synchronous=FULL}). SQLite does that in
 * native code, which would pin a virtual thread to its carrier for the whole wait; such a commit
 * is therefore handed to a platform thread while the virtual thread parks.
 */
final class UnitOfWork {
    private final ConnectionLanes lanes;
    private final boolean writeIntended;
    private DbTransaction transaction;
    private boolean wrote;

    UnitOfWork(ConnectionLanes lanes, boolean writeIntended) {
        this.lanes = lanes;
        this.writeIntended = writeIntended;
    }

    DbExecute statements(boolean write) {
        if (transaction == null) {
            transaction = (write || writeIntended ? lanes.writes() : lanes.reads()).transaction();
        }
        wrote |= write;
        return transaction;
    }

    /** Commits; when the commit cannot even start, rolls back and throws. */
    void commit(Executor committer) {
        if (transaction == null) {
            return;
        }
        if (!wrote || !Thread.currentThread().isVirtual()) {
            transaction.commit();
            return;
        }
        CompletableFuture<Void> commit;
        try {
            commit = CompletableFuture.runAsync(transaction::commit, committer);
        } catch (RejectedExecutionException e) {
            rollback(e);
            throw e;
        }
        try {
            commit.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
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
        }
    }
}
