package io.wsnotify.adapter.sqlite;

import io.wsnotify.domain.port.DeviceRepository;
import io.wsnotify.domain.port.NotificationLog;
import io.wsnotify.domain.port.TaskRepository;
import io.wsnotify.domain.port.Transactions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Driven adapter: tasks, devices and the notification log in one SQLite file, through Helidon
 * DbClient. {@link #open} creates the file's folder, applies the migrations and opens the
 * {@link ConnectionLanes} (read connections, and one for the writer); the repositories and the log
 * take part in {@link #transactions()}' units of work.
 */
public final class SqliteStore implements AutoCloseable {
    private static final Duration ACQUIRE_TIMEOUT = Duration.ofSeconds(30);

    private final ConnectionFactory factory;
    private final ConnectionLanes lanes;
    private final ExecutorService committer;
    private final SqliteTransactions transactions;
    private final DatabaseHealth health;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SqliteStore(ConnectionFactory factory, ConnectionLanes lanes, ExecutorService committer)
            throws IOException {
        this.factory = factory;
        this.lanes = lanes;
        this.committer = committer;
        this.transactions = new SqliteTransactions(lanes, committer);
        this.health = new DatabaseHealth(factory, () -> !closed.get());
    }

    /** Opens (creating if needed) and migrates the database at {@code settings.path()}. */
    public static SqliteStore open(SqliteSettings settings) {
        Path file = settings.path().toAbsolutePath().normalize();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder of the SQLite database " + file, e);
        }
        ConnectionFactory factory = new ConnectionFactory(file, settings.busyTimeout());
        Migrations.apply(factory.dataSource());
        ConnectionLanes lanes = new ConnectionLanes(factory, settings.readConnections(), ACQUIRE_TIMEOUT);
        ExecutorService committer = Executors.newCachedThreadPool(
                Thread.ofPlatform().name("sqlite-commit-", 0).daemon().factory());
        try {
            return new SqliteStore(factory, lanes, committer);
        } catch (IOException e) {
            lanes.close();
            committer.shutdown();
            throw new UncheckedIOException("Cannot read the attributes of the SQLite database " + file, e);
        }
    }

    public TaskRepository taskRepository() {
        return new SqliteTaskRepository(transactions);
    }

    public DeviceRepository deviceRepository() {
        return new SqliteDeviceRepository(transactions);
    }

    public NotificationLog notificationLog() {
        return new SqliteNotificationLog(transactions);
    }

    /** The database file (absolute). */
    public Path file() {
        return factory.file();
    }

    public Transactions transactions() {
        return transactions;
    }

    /** True only when the database file is usable right now (answers within about a second). */
    public boolean isHealthy() {
        return health.isHealthy();
    }

    /** Both connection pools (for this module's tests). */
    ConnectionLanes lanes() {
        return lanes;
    }

    /**
     * Closes every connection, then checkpoints the WAL into the database file on a connection of
     * its own. A unit of work still running when the store closes loses its connection and commits
     * nothing; with no connection left, the checkpoint waits for no one.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            lanes.close();
        } finally {
            checkpoint();
            committer.shutdown();
        }
    }

    private void checkpoint() {
        try (Connection connection = factory.open();
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException | RuntimeException e) {
            System.getLogger(SqliteStore.class.getName())
                    .log(System.Logger.Level.WARNING, "WAL checkpoint on close failed", e);
        }
    }
}
