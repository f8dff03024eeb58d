package io.wsnotify.domain.port;

import java.util.function.Supplier;

/** Driven port: runs work as one atomic, durable unit against the stores. */
public interface Transactions {
    /**
     * Runs {@code work} in one transaction: commits (durably) if it returns, rolls back if it
     * throws, and rethrows. Reads inside it see one consistent snapshot.
     */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Like {@link #inTransaction}, for work that will write: a store with a dedicated writer
     * connection runs it there from the start, so writers never queue behind readers.
     */
    default <T> T inWriteTransaction(Supplier<T> work) {
        return inTransaction(work);
    }
}
