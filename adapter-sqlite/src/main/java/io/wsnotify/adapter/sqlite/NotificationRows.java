package io.wsnotify.adapter.sqlite;

import io.helidon.dbclient.DbRow;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.JsonText;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.NotificationDraft;
import io.wsnotify.domain.NotificationType;
import io.wsnotify.domain.Topic;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Maps rows of table {@code notifications} to notifications and back. {@code occurred_at} is epoch
 * milliseconds; {@code data} is the JSON text or NULL; {@code to_client} is NULL for everyone;
 * {@code extra_count} says how many pass-through fields wait in {@code notification_extras}.
 */
final class NotificationRows {
    static final String COLUMNS =
            "seq, id, message, url, type, topic, event, occurred_at, data, to_client, extra_count";

    private NotificationRows() {}

    /** The row as read; pass-through fields are added by {@link #withExtra}. */
    static Stored stored(DbRow row) {
        String data = Column.text(row, 9);
        String to = Column.text(row, 10);
        NotificationDraft draft = new NotificationDraft(
                Column.text(row, 2),
                Column.text(row, 3),
                Column.text(row, 4),
                NotificationType.valueOf(Column.text(row, 5)),
                new Topic(Column.text(row, 6)),
                Column.text(row, 7),
                Column.instant(row, 8),
                data == null ? null : new JsonText(data),
                to == null ? null : new ClientId(to),
                null);
        return new Stored(new Notification(Column.longValue(row, 1), draft), Column.longValue(row, 11) > 0);
    }

    static Notification withExtra(Notification notification, Map<String, JsonText> extra) {
        return new Notification(notification.seq(), notification.content().withExtra(extra));
    }

    /** Parameters for the insert, in {@link #COLUMNS} order without {@code seq}. */
    static List<Object> insert(NotificationDraft draft) {
        return Arrays.asList(
                draft.id(),
                draft.message(),
                draft.url(),
                draft.type().name(),
                draft.topic().value(),
                draft.event(),
                draft.timestamp().toEpochMilli(),
                draft.data() == null ? null : draft.data().json(),
                draft.to() == null ? null : draft.to().value(),
                draft.extra().size());
    }

    /** A notification as read from its row, and whether it has pass-through fields to fetch. */
    record Stored(Notification notification, boolean hasExtra) {}
}
