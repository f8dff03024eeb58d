package io.wsnotify.adapter.sqlite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the SQLite database lives, how long a statement waits for a lock held by another
 * connection before failing, and how many connections serve reads. Writes have one more
 * connection of their own, so a writer never waits behind readers.
 *
 * @param path            the database file; its folder is created when missing
 * @param busyTimeout     positive, at most {@link Integer#MAX_VALUE} milliseconds
 * @param readConnections 1 to {@link #MAX_READ_CONNECTIONS}
 */
public record SqliteSettings(Path path, Duration busyTimeout, int readConnections) {
    public static final int MAX_READ_CONNECTIONS = 256;

    public SqliteSettings {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(busyTimeout, "busyTimeout");
        if (busyTimeout.isNegative() || busyTimeout.isZero()) {
            throw new IllegalArgumentException("busyTimeout must be positive, was " + busyTimeout);
        }
        if (busyTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("busyTimeout must be at most " + Integer.MAX_VALUE + " ms");
        }
        if (readConnections < 1 || readConnections > MAX_READ_CONNECTIONS) {
            throw new IllegalArgumentException(
                    "readConnections must be 1 to " + MAX_READ_CONNECTIONS + ", was " + readConnections);
        }
    }

    /** The default number of read connections: {@link #defaultReadConnections()}. */
    public SqliteSettings(Path path, Duration busyTimeout) {
        this(path, busyTimeout, defaultReadConnections());
    }

    /** The file at {@code path} with the default busy timeout of 5 seconds. */
    public static SqliteSettings of(Path path) {
        return new SqliteSettings(path, Duration.ofSeconds(5));
    }

    /** Twice the processors less the writer's connection, at least 3. */
    public static int defaultReadConnections() {
        return Math.max(3, 2 * Runtime.getRuntime().availableProcessors() - 1);
    }
}
