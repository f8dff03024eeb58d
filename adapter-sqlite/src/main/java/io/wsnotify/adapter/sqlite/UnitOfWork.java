package io.wsnotify.adapter.sqlite;

import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbTransaction;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * One running transaction: the {@link DbTransaction}, begun when the work first touches the
 * database, and whether the work wrote.
 *
 * <p>A commit that wrote waits for {@code fsync} ({@code synchronous=FULL}). SQLite does that in
 * native code, which would pin a virtual thread to its carrier for the whole wait; such a commit
 * is therefore handed to a platform thread while the virtual thread parks.
 */
final class UnitOfWork {
    private final Supplier<DbTransaction> begin;
    private DbTransaction transaction;
    private boolean wrote;

    UnitOfWork(Supplier<DbTransaction> begin) {
        this.begin = begin;
    }

    DbExecute statements(boolean write) {
        if (transaction == null) {
            transaction = begin.get();
        }
        wrote |= write;
        return transaction;
    }

    void commit(Executor committer) {
        if (transaction == null) {
            return;
        }
        if (!wrote || !Thread.currentThread().isVirtual()) {
            transaction.commit();
            return;
        }
        try {
            CompletableFuture.runAsync(transaction::commit, committer).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

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
