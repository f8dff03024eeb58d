package io.wsnotify.bootstrap;

import io.wsnotify.adapter.postgres.PostgresSettings;
import io.wsnotify.adapter.sqlite.SqliteSettings;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Reads {@code notify.store} ({@code sqlite}, the default, or {@code postgres}) and the keys of the
 * store it names: {@code notify.db.*} for SQLite, {@code notify.postgres.*} for PostgreSQL.
 */
final class StoreSettingsReader {
    static final String STORE = "notify.store";

    private StoreSettingsReader() {}

    static StoreChoice read(ConfigReader config) {
        String store = config.string(STORE).strip();
        return switch (store) {
            case "sqlite" -> new StoreChoice.Sqlite(sqlite(config));
            case "postgres" -> new StoreChoice.Postgres(postgres(config));
            default -> throw new ConfigurationException(STORE, "'" + store + "' is not sqlite or postgres");
        };
    }

    private static SqliteSettings sqlite(ConfigReader config) {
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

    /** The adapter's settings name the key at fault in their messages. */
    private static PostgresSettings postgres(ConfigReader config) {
        try {
            return new PostgresSettings(
                    config.optionalString("notify.postgres.url").orElse(null),
                    config.optionalString("notify.postgres.user").orElse(null),
                    config.optionalString("notify.postgres.password").orElse(null),
                    config.positiveInt("notify.postgres.pool-size"),
                    config.positiveDuration("notify.postgres.poll-interval"));
        } catch (IllegalArgumentException e) {
            String key = e.getMessage().startsWith("notify.postgres.")
                    ? e.getMessage().split(" ", 2)[0]
                    : STORE;
            throw new ConfigurationException(
                    key, e.getMessage().substring(key.length()).strip(), e);
        }
    }
}
