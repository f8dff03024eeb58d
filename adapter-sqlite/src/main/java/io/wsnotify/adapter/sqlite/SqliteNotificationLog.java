package io.wsnotify.adapter.sqlite;

import io.helidon.dbclient.DbExecute;
import io.wsnotify.domain.JsonText;
import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.NotificationDraft;
import io.wsnotify.domain.port.NotificationLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link NotificationLog} on table {@code notifications}. {@code seq} is an AUTOINCREMENT key, so
 * SQLite never hands out a seq twice, also after pruning; the newest ever assigned is kept in
 * {@code sqlite_sequence}.
 */
final class SqliteNotificationLog implements NotificationLog {
    private static final String INSERT =
            "INSERT INTO notifications (" + NotificationRows.COLUMNS.substring("seq, ".length())
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq";
    private static final String BOUNDS = "SELECT (SELECT min(seq) FROM notifications),"
            + " (SELECT max(seq) FROM notifications),"
            + " (SELECT seq FROM sqlite_sequence WHERE name = 'notifications')";

    private final SqliteTransactions transactions;

    SqliteNotificationLog(SqliteTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Notification append(NotificationDraft draft) {
        return transactions.inTransaction(() -> {
            DbExecute writer = transactions.writer();
            long seq = writer.createGet(INSERT)
                    .params(NotificationRows.insert(draft))
                    .execute()
                    .map(row -> Column.longValue(row, 1))
                    .orElseThrow();
            ExtraRows.insert(writer, seq, draft.extra());
            return new Notification(seq, draft);
        });
    }

    @Override
    public List<Notification> read(LogQuery query) {
        return transactions.inTransaction(() -> {
            DbExecute reader = transactions.reader();
            List<NotificationRows.Stored> page = reader.createQuery(LogReading.sql(query))
                    .params(LogReading.params(query))
                    .execute()
                    .map(NotificationRows::stored)
                    .toList();
            if (page.stream().noneMatch(NotificationRows.Stored::hasExtra)) {
                return page.stream().map(NotificationRows.Stored::notification).toList();
            }
            Map<Long, Map<String, JsonText>> extras = ExtraRows.between(
                    reader,
                    page.getFirst().notification().seq(),
                    page.getLast().notification().seq());
            List<Notification> complete = new ArrayList<>(page.size());
            for (NotificationRows.Stored stored : page) {
                Notification notification = stored.notification();
                complete.add(
                        stored.hasExtra()
                                ? NotificationRows.withExtra(notification, extras.get(notification.seq()))
                                : notification);
            }
            return complete;
        });
    }

    @Override
    public LogBounds bounds() {
        return transactions
                .reader()
                .createGet(BOUNDS)
                .execute()
                .map(row -> {
                    long newest = Math.max(Column.longOrZero(row, 2), Column.longOrZero(row, 3));
                    return new LogBounds(Column.longOrZero(row, 1), newest);
                })
                .orElseThrow();
    }

    @Override
    public int prune(long keepNewest, Instant olderThan, int maxRows) {
        if (keepNewest < 0 || maxRows < 1) {
            throw new IllegalArgumentException("prune needs keepNewest >= 0 and maxRows >= 1");
        }
        return transactions.inTransaction(
                () -> LogPruning.prune(transactions.writer(), keepNewest, olderThan, maxRows));
    }
}
