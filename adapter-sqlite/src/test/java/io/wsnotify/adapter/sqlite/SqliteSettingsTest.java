package io.wsnotify.adapter.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Settings refuse what cannot work before anything is opened. */
class SqliteSettingsTest {
    @Test
    void needsAPath() {
        assertThrows(NullPointerException.class, () -> new SqliteSettings(null, Duration.ofSeconds(1)));
    }

    @Test
    void needsAPositiveBusyTimeout() {
        Path path = Path.of("data/notify.db");
        assertThrows(IllegalArgumentException.class, () -> new SqliteSettings(path, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new SqliteSettings(path, Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class, () -> new SqliteSettings(path, Duration.ofDays(30)));
        assertThrows(NullPointerException.class, () -> new SqliteSettings(path, null));
    }

    @Test
    void defaultsToFiveSecondsOfBusyTimeout() {
        assertEquals(
                Duration.ofSeconds(5), SqliteSettings.of(Path.of("notify.db")).busyTimeout());
    }

    @Test
    void needsOneToTheMaximumOfReadConnections() {
        Path path = Path.of("data/notify.db");
        Duration busy = Duration.ofSeconds(1);
        assertThrows(IllegalArgumentException.class, () -> new SqliteSettings(path, busy, 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> new SqliteSettings(path, busy, SqliteSettings.MAX_READ_CONNECTIONS + 1));
        assertEquals(1, new SqliteSettings(path, busy, 1).readConnections());
    }

    @Test
    void defaultsToTwiceTheProcessorsLessTheWriterButAtLeastThreeReadConnections() {
        int expected = Math.max(3, 2 * Runtime.getRuntime().availableProcessors() - 1);
        assertEquals(expected, SqliteSettings.of(Path.of("notify.db")).readConnections());
    }
}
