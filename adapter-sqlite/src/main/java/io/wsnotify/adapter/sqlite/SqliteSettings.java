package io.wsnotify.adapter.sqlite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the SQLite database lives and how long a statement waits for a lock held by another
 * connection before failing.
 *
 * @param path        the database file; its folder is created when missing
 * @param busyTimeout positive, at most {@link Integer#MAX_VALUE} milliseconds
 */
public record SqliteSettings(Path path, Duration busyTimeout) {
    public SqliteSettings {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(busyTimeout, "busyTimeout");
        if (busyTimeout.isNegative() || busyTimeout.isZero()) {
            throw new IllegalArgumentException("busyTimeout must be positive, was " + busyTimeout);
        }
        if (busyTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("busyTimeout must be at most " + Integer.MAX_VALUE + " ms");
        }
    }

    /** The file at {@code path} with the default busy timeout of 5 seconds. */
    public static SqliteSettings of(Path path) {
        return new SqliteSettings(path, Duration.ofSeconds(5));
    }
}
