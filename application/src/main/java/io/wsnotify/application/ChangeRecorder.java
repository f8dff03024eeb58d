package io.wsnotify.application;

import io.wsnotify.domain.NotificationDraft;
import io.wsnotify.domain.port.NotificationLog;
import io.wsnotify.domain.port.Notifier;
import io.wsnotify.domain.port.Transactions;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Commits a change together with its notification, then wakes the log's followers.
 *
 * <p>Writers of this node are serialised by one lock around the transaction (the store admits one
 * writer at a time anyway; across nodes the store itself serialises appends), so seqs become
 * visible in seq order. The wake-up is sent after the commit and outside the lock: publishing
 * never waits for a connection, and the follower reads the log itself.
 */
final class ChangeRecorder {
    private static final System.Logger LOG = System.getLogger(ChangeRecorder.class.getName());
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Transactions transactions;
    private final NotificationLog log;
    private final Notifier notifier;

    ChangeRecorder(Transactions transactions, NotificationLog log, Notifier notifier) {
        this.transactions = transactions;
        this.log = log;
        this.notifier = notifier;
    }

    /**
     * Runs {@code change} and logs what {@code describe} makes of its result (null: nothing to
     * log) in one transaction; wakes the followers after the commit.
     */
    <T> Recorded<T> record(Supplier<T> change, Function<T, NotificationDraft> describe) {
        Recorded<T> committed = write(() -> {
            T value = change.get();
            NotificationDraft draft = describe.apply(value);
            return new Recorded<>(value, draft == null ? null : log.append(draft), 0);
        });
        if (committed.notification() != null) {
            announce(committed.notification().seq());
        }
        return committed;
    }

    /** Runs a write that logs nothing (seeding, pruning) under the same writer lock. */
    <T> T write(Supplier<T> work) {
        writeLock.lock();
        try {
            return transactions.inWriteTransaction(work);
        } finally {
            writeLock.unlock();
        }
    }

    /** The commit stands whatever the wake-up does: the followers poll the log anyway. */
    private void announce(long seq) {
        try {
            notifier.appended(seq);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Waking the log followers for seq " + seq + " failed", e);
        }
    }
}
