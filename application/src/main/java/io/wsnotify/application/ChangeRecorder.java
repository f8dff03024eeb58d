package io.wsnotify.application;

import io.wsnotify.domain.Notification;
import io.wsnotify.domain.NotificationDraft;
import io.wsnotify.domain.port.NotificationLog;
import io.wsnotify.application.live.Publication;
import io.wsnotify.domain.port.Notifier;
import io.wsnotify.domain.port.Transactions;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Commits a change together with its notification, then publishes it.
 *
 * <p>Writers are serialised: the commit and the hand-off to the {@link Notifier} happen under one
 * lock, so notifications are published in exactly seq order. The store (SQLite) admits one
 * writer at a time anyway, and publishing only enqueues, so the lock costs no throughput.
 */
final class ChangeRecorder {
    private static final System.Logger LOG = System.getLogger(ChangeRecorder.class.getName());
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Transactions transactions;
    private final NotificationLog log;
    private final Publication live;
    private final Notifier notifier;

    ChangeRecorder(Transactions transactions, NotificationLog log, Publication live, Notifier notifier) {
        this.transactions = transactions;
        this.log = log;
        this.live = live;
        this.notifier = notifier;
    }

    /**
     * Runs {@code change} and logs what {@code describe} makes of its result (null: nothing to
     * log) in one transaction; publishes after the commit.
     */
    <T> Recorded<T> record(Supplier<T> change, Function<T, NotificationDraft> describe) {
        writeLock.lock();
        try {
            Recorded<T> committed = transactions.inWriteTransaction(() -> {
                T value = change.get();
                NotificationDraft draft = describe.apply(value);
                return new Recorded<>(value, draft == null ? null : log.append(draft), 0);
            });
            if (committed.notification() == null) {
                return committed;
            }
            return published(committed);
        } finally {
            writeLock.unlock();
        }
    }

    /** The commit stands whatever live delivery does, so a failing notifier costs only recipients. */
    private <T> Recorded<T> published(Recorded<T> committed) {
        int recipients;
        try {
            recipients = live.publish(committed.notification());
            notifier.appended(committed.notification().seq());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Live delivery of seq " + committed.notification().seq() + " failed", e);
            recipients = 0;
        }
        return new Recorded<>(committed.value(), committed.notification(), recipients);
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
}
