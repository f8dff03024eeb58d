package io.wsnotify.adapter.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Settings refuse what cannot work before anything is opened, naming the configuration key. */
class PostgresSettingsTest {
    private static final String URL = "jdbc:postgresql://localhost:5432/notify";
    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void needsAPostgresUrl() {
        assertKey("notify.postgres.url", () -> new PostgresSettings(null, "u", "p", 10, SECOND));
        assertKey("notify.postgres.url", () -> new PostgresSettings(" ", "u", "p", 10, SECOND));
        assertKey(
                "notify.postgres.url",
                () -> new PostgresSettings("postgresql://localhost/notify", "u", "p", 10, SECOND));
        assertKey("notify.postgres.url", () -> new PostgresSettings("jdbc:sqlite:notify.db", "u", "p", 10, SECOND));
        assertKey(
                "notify.postgres.url",
                () -> new PostgresSettings("jdbc:postgresql://localhost:port/notify", "u", "p", 10, SECOND));
    }

    @Test
    void needsAPoolOfOneToTheMaximum() {
        assertKey("notify.postgres.pool-size", () -> new PostgresSettings(URL, "u", "p", 0, SECOND));
        assertKey(
                "notify.postgres.pool-size",
                () -> new PostgresSettings(URL, "u", "p", PostgresSettings.MAX_POOL_SIZE + 1, SECOND));
        assertEquals(1, new PostgresSettings(URL, "u", "p", 1, SECOND).poolSize());
    }

    @Test
    void pollsAtLeastOnceASecond() {
        assertKey("notify.postgres.poll-interval", () -> new PostgresSettings(URL, "u", "p", 10, Duration.ZERO));
        assertKey(
                "notify.postgres.poll-interval",
                () -> new PostgresSettings(URL, "u", "p", 10, Duration.ofMillis(1001)));
        assertKey("notify.postgres.poll-interval", () -> new PostgresSettings(URL, "u", "p", 10, null));
        assertEquals(
                Duration.ofMillis(250), new PostgresSettings(URL, "u", "p", 10, Duration.ofMillis(250)).pollInterval());
    }

    @Test
    void refusesABlankUserButTakesNoneFromTheUrl() {
        assertKey("notify.postgres.user", () -> new PostgresSettings(URL, " ", "p", 10, SECOND));
        assertEquals(null, new PostgresSettings(URL + "?user=notify", null, null).user());
    }

    @Test
    void defaultsToTenConnectionsAndAPollEverySecond() {
        PostgresSettings settings = new PostgresSettings(URL, "u", "p");
        assertEquals(10, settings.poolSize());
        assertEquals(SECOND, settings.pollInterval());
    }

    @Test
    void neverShowsThePassword() {
        String shown = new PostgresSettings(URL + "?password=hidden", "u", "secret").toString();
        assertFalse(shown.contains("secret") || shown.contains("hidden"), shown);
        assertTrue(shown.contains("localhost:5432/notify"), shown);
    }

    private static void assertKey(String key, Runnable construction) {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, construction::run);
        assertTrue(failure.getMessage().startsWith(key + " "), failure.getMessage());
    }
}
