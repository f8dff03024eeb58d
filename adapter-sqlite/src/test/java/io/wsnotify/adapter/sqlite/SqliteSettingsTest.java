package io.wsnotify.adapter.sqlite;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        assertEquals(Duration.ofSeconds(5), SqliteSettings.of(Path.of("notify.db")).busyTimeout());
    }
}
