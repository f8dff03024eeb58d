package io.wsnotify.application.live;

import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.port.NotificationLog;
import io.wsnotify.domain.port.Transactions;
import java.util.List;

/**
 * Reads one page of the log and the log's bounds in one transaction, so a prune running at the
 * same time cannot open a hole that the bounds do not show.
 */
final class LogReader {
    static final int PAGE = 500;

    private final NotificationLog log;
    private final Transactions transactions;

    LogReader(NotificationLog log, Transactions transactions) {
        this.log = log;
        this.transactions = transactions;
    }

    /** A page of the log after some position, and the bounds seen by the same read. */
    record Page(LogBounds bounds, List<Notification> notifications) {
        boolean isFull() {
            return notifications.size() >= PAGE;
        }
    }

    Page read(LogQuery query) {
        return transactions.inTransaction(() -> new Page(log.bounds(), log.read(query)));
    }

    /** The newest seq the log ever assigned. */
    long newestSeq() {
        return transactions.inTransaction(log::bounds).newest();
    }
}
