package io.wsnotify.adapter.postgres;

import io.helidon.dbclient.DbRow;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reads typed values from a row and turns instants into parameters ({@code timestamptz}). */
final class Column {
    private Column() {}

    static long longValue(DbRow row, int index) {
        return row.column(index).get(Number.class).longValue();
    }

    /** Null for SQL NULL. */
    static String text(DbRow row, int index) {
        return row.column(index).get(String.class);
    }

    static boolean flag(DbRow row, int index) {
        return row.column(index).get(Boolean.class);
    }

    static Instant instant(DbRow row, int index) {
        return row.column(index).get(Timestamp.class).toInstant();
    }

    /** An instant as a {@code timestamptz} parameter. */
    static OffsetDateTime parameter(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
