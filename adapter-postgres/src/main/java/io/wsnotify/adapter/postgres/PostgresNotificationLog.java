package io.wsnotify.adapter.postgres;

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
 * {@link NotificationLog} on table {@code notifications}. The next seq comes from the one-row table
 * {@code log_head}, raised in the same statement as the insert, inside a writer unit of work: the
 * writer lock makes seq order commit order, and {@code log_head.newest} is the newest seq ever
 * assigned (pruning never lowers it), read in the same snapshot as the data.
 */
final class PostgresNotificationLog implements NotificationLog {
    private static final String APPEND = "WITH next AS (UPDATE log_head SET newest = newest + 1 RETURNING newest)"
            + " INSERT INTO notifications (" + NotificationRows.COLUMNS + ")"
            + " VALUES ((SELECT newest FROM next), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq";
    private static final String BOUNDS =
            "SELECT coalesce((SELECT min(seq) FROM notifications), 0)," + " (SELECT newest FROM log_head)";

    private final PostgresTransactions transactions;

    PostgresNotificationLog(PostgresTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Notification append(NotificationDraft draft) {
        return transactions.write(writer -> {
            long seq = writer.createGet(APPEND)
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
        return transactions.inTransaction(() -> transactions.read(reader -> read(reader, query)));
    }

    @Override
    public LogBounds bounds() {
        return transactions.read(reader -> reader.createGet(BOUNDS)
                .execute()
                .map(row -> new LogBounds(Column.longValue(row, 1), Column.longValue(row, 2)))
                .orElseThrow());
    }

    @Override
    public int prune(long keepNewest, Instant olderThan, int maxRows) {
        if (keepNewest < 0 || maxRows < 1) {
            throw new IllegalArgumentException("prune needs keepNewest >= 0 and maxRows >= 1");
        }
        return transactions.write(writer -> LogPruning.prune(writer, keepNewest, olderThan, maxRows));
    }

    private static List<Notification> read(DbExecute reader, LogQuery query) {
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
    }
}
