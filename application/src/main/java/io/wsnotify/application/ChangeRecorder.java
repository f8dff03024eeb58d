package io.wsnotify.application;

import io.wsnotify.domain.Notification;
import io.wsnotify.domain.NotificationDraft;
import io.wsnotify.domain.port.NotificationLog;
import io.wsnotify.domain.port.Notifier;
import io.wsnotify.domain.port.Transactions;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;
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
     * Runs {@code change} and logs what {@code describe} makes of its result in one transaction;
     * wakes the followers after the commit.
     */
    <T> Recorded<T> record(Supplier<T> change, Function<T, NotificationDraft> describe) {
        return recordIf(change, value -> true, describe);
    }

    /** Logs a notification that is itself the change (a custom notification); returns it as logged. */
    Notification log(Supplier<NotificationDraft> draft) {
        return record(draft, Function.identity()).notification();
    }

    /**
     * Runs {@code change} and, when {@code notifies} holds for its result, logs what
     * {@code describe} makes of it, in one transaction; a result that does not notify is committed
     * with no notification ({@link Recorded#notification()} null).
     */
    <T> Recorded<T> recordIf(Supplier<T> change, Predicate<T> notifies, Function<T, NotificationDraft> describe) {
        Recorded<T> committed = write(() -> {
            T value = change.get();
            Notification logged = notifies.test(value) ? log.append(describe.apply(value)) : null;
            return new Recorded<>(value, logged, 0);
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
