package io.wsnotify.adapter.sqlite;

import io.helidon.dbclient.DbRow;
import java.time.Instant;

/**
 * Reads typed values from a row. SQLite hands integers back as {@code Integer} or {@code Long}
 * depending on their size, so numbers are read through {@link Number}.
 */
final class Column {
    private Column() {}

    static long longValue(DbRow row, int index) {
        return row.column(index).get(Number.class).longValue();
    }

    /** 0 for SQL NULL. */
    static long longOrZero(DbRow row, int index) {
        Number value = row.column(index).get(Number.class);
        return value == null ? 0 : value.longValue();
    }

    /** Null for SQL NULL. */
    static String text(DbRow row, int index) {
        return row.column(index).get(String.class);
    }

    static boolean flag(DbRow row, int index) {
        return longValue(row, index) != 0;
    }

    /** An instant stored as epoch milliseconds. */
    static Instant instant(DbRow row, int index) {
        return Instant.ofEpochMilli(longValue(row, index));
    }
}
