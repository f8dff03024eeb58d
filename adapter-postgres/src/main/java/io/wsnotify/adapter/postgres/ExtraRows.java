package io.wsnotify.adapter.postgres;

import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import io.wsnotify.domain.JsonText;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Table {@code notification_extras}: a notification's pass-through fields, one row per field with
 * its position, name and raw JSON text, so they come back exactly and in order.
 */
final class ExtraRows {
    private static final String INSERT =
            "INSERT INTO notification_extras (seq, position, name, value) VALUES (?, ?, ?, ?)";
    private static final String BETWEEN =
            "SELECT seq, name, value FROM notification_extras WHERE seq BETWEEN ? AND ? ORDER BY seq, position";

    private ExtraRows() {}

    static void insert(DbExecute writer, long seq, Map<String, JsonText> extra) {
        int position = 0;
        for (Map.Entry<String, JsonText> field : extra.entrySet()) {
            writer.createInsert(INSERT)
                    .params(seq, position++, field.getKey(), field.getValue().json())
                    .execute();
        }
    }

    /** Pass-through fields of the notifications with seq in {@code [from, to]}, by seq, each in order. */
    static Map<Long, Map<String, JsonText>> between(DbExecute reader, long from, long to) {
        Map<Long, Map<String, JsonText>> bySeq = new HashMap<>();
        reader.createQuery(BETWEEN).params(from, to).execute().forEach(row -> add(bySeq, row));
        return bySeq;
    }

    private static void add(Map<Long, Map<String, JsonText>> bySeq, DbRow row) {
        bySeq.computeIfAbsent(Column.longValue(row, 1), seq -> new LinkedHashMap<>())
                .put(Column.text(row, 2), new JsonText(Column.text(row, 3)));
    }
}
