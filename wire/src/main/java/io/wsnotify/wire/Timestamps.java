package io.wsnotify.wire;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The two time formats of the wire: ISO-8601 UTC with milliseconds, and the seed's local "date". */
public final class Timestamps {
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SEED_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private Timestamps() {}

    /** "2026-11-27T10:42:07.123Z". */
    public static String iso(Instant instant) {
        return ISO_MILLIS.format(instant);
    }

    /** "2026-11-27 10:42" in the given zone, as the seed's {@code date} field. */
    public static String seedDate(Instant instant, ZoneId zone) {
        return SEED_DATE.format(instant.atZone(zone));
    }
}
