package io.wsnotify.adapter.sqlite;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.jdbc.JdbcClientBuilder;
import io.helidon.dbclient.jdbc.JdbcParametersConfig;
import io.wsnotify.domain.port.DeviceRepository;
import io.wsnotify.domain.port.NotificationLog;
import io.wsnotify.domain.port.TaskRepository;
import io.wsnotify.domain.port.Transactions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Driven adapter: tasks, devices and the notification log in one SQLite file, through Helidon
 * DbClient. {@link #open} creates the file's folder, applies the migrations and opens the pool;
 * the repositories and the log take part in {@link #transactions()}' units of work.
 */
public final class SqliteStore implements AutoCloseable {
    private static final Duration ACQUIRE_TIMEOUT = Duration.ofSeconds(30);

    private final DbClient db;
    private final ExecutorService committer;
    private final SqliteTransactions transactions;
    private final DatabaseHealth health;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SqliteStore(DbClient db, ExecutorService committer, DatabaseHealth health) {
        this.db = db;
        this.committer = committer;
        this.transactions = new SqliteTransactions(db, committer);
        this.health = health;
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
        int size = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        DbClient db = JdbcClientBuilder.create()
                .connectionPool(new ConnectionPool(factory, size, ACQUIRE_TIMEOUT))
                .parametersSetter(JdbcParametersConfig.builder().useStringBinding(false).build())
                .build();
        try {
            DatabaseHealth health = new DatabaseHealth(factory, db);
            return new SqliteStore(db, Executors.newCachedThreadPool(
                    Thread.ofPlatform().name("sqlite-commit-", 0).daemon().factory()), health);
        } catch (IOException e) {
            db.close();
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

    public Transactions transactions() {
        return transactions;
    }

    /** True only when the database file is usable right now (answers within about a second). */
    public boolean isHealthy() {
        return health.isHealthy();
    }

    /** The DbClient the store runs on (for this module's tests). */
    DbClient dbClient() {
        return db;
    }

    /**
     * Checkpoints the WAL into the database file and closes every connection (those still lent out
     * as soon as they come back).
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            db.execute().createQuery("PRAGMA wal_checkpoint(TRUNCATE)").execute().toList();
        } catch (RuntimeException e) {
            System.getLogger(SqliteStore.class.getName()).log(System.Logger.Level.WARNING,
                    "WAL checkpoint on close failed", e);
        } finally {
            db.close();
            committer.shutdown();
        }
    }
}
