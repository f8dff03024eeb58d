package io.wsnotify.bootstrap;

import io.wsnotify.adapter.sqlite.SqliteSettings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Reads {@code notify.db.*} into the SQLite adapter's settings. */
final class StoreSettingsReader {
    private StoreSettingsReader() {
    }

    static SqliteSettings read(ConfigReader config) {
        String path = config.optionalString("notify.db.path")
                .orElseThrow(() -> new ConfigurationException("notify.db.path", "must name the database file"));
        try {
            return new SqliteSettings(Path.of(path), config.positiveDuration("notify.db.busy-timeout"));
        } catch (InvalidPathException e) {
            throw new ConfigurationException("notify.db.path", "'" + path + "' is not a valid path", e);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("notify.db.busy-timeout", e.getMessage(), e);
        }
    }
}
