package io.wsnotify.adapter.postgres;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.jdbc.JdbcClientBuilder;
import io.helidon.dbclient.jdbc.JdbcParametersConfig;
import io.wsnotify.domain.port.DeviceRepository;
import io.wsnotify.domain.port.Leadership;
import io.wsnotify.domain.port.NotificationLog;
import io.wsnotify.domain.port.Notifier;
import io.wsnotify.domain.port.TaskRepository;
import io.wsnotify.domain.port.Transactions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Driven adapter: tasks, devices and the notification log in a PostgreSQL database that several
 * nodes share, through Helidon DbClient over a HikariCP pool. {@link #open} checks that the server
 * answers and takes the login (failing with a one-line {@link PostgresUnavailableException}
 * otherwise), applies the migrations and opens the pool. Besides the stores it hands out the
 * cross-node wake-up ({@link #notifier()}) and leader election ({@link #leadership()}), each on a
 * dedicated connection of its own, opened on first use.
 */
public final class PostgresStore implements AutoCloseable {
    private final ConnectionOpener opener;
    private final DbClient db;
    private final PostgresTransactions transactions;
    private final PostgresNotifier notifier;
    private final DatabaseHealth health;
    private final AtomicBoolean closed = new AtomicBoolean();
    private PostgresLeadership leadership;

    private PostgresStore(ConnectionOpener opener, HikariConnectionPool pool, DbClient db) {
        this.opener = opener;
        this.db = db;
        this.transactions = new PostgresTransactions(db, pool);
        this.notifier = new PostgresNotifier(new WakeUpSender(db, PostgresNotifier.CHANNEL), opener);
        this.health = new DatabaseHealth(opener, () -> !closed.get());
    }

    /**
     * Connects to the database of {@code settings}, brings its schema up to date and opens the pool.
     *
     * @throws PostgresUnavailableException when the server cannot be reached, refuses the login, has
     *                                      no such database or the schema cannot be migrated
     */
    public static PostgresStore open(PostgresSettings settings) {
        ConnectionOpener opener = new ConnectionOpener(settings);
        opener.check();
        Migrations.apply(settings);
        HikariConnectionPool pool = new HikariConnectionPool(opener.pool());
        DbClient db = JdbcClientBuilder.create()
                .connectionPool(pool)
                .parametersSetter(
                        JdbcParametersConfig.builder().useStringBinding(false).build())
                .build();
        return new PostgresStore(opener, pool, db);
    }

    /** The database's URL, without any password it may hold (for logs). */
    public String where() {
        return ConnectionFailure.withoutSecrets(opener.settings().url());
    }

    public TaskRepository taskRepository() {
        return new PostgresTaskRepository(transactions);
    }

    public DeviceRepository deviceRepository() {
        return new PostgresDeviceRepository(transactions);
    }

    public NotificationLog notificationLog() {
        return new PostgresNotificationLog(transactions);
    }

    public Transactions transactions() {
        return transactions;
    }

    /** The wake-up of the log's followers on every node (LISTEN/NOTIFY); one per store. */
    public Notifier notifier() {
        return notifier;
    }

    /** This node's part in the leader election; it starts competing on the first call. */
    public synchronized Leadership leadership() {
        if (leadership == null) {
            leadership = new PostgresLeadership(opener);
            if (!closed.get()) {
                leadership.start();
            }
        }
        return leadership;
    }

    /** How often the log's follower polls, as the safety net of a lost wake-up. */
    public Duration pollInterval() {
        return opener.settings().pollInterval();
    }

    /** True only when PostgreSQL answers right now (within about a second). */
    public boolean isHealthy() {
        return health.isHealthy();
    }

    /** The session that listens for wake-ups (for this module's tests). */
    ListeningConnection listener() {
        return notifier.listener();
    }

    /**
     * Gives up the leadership, stops listening and sending wake-ups, and closes every connection. A
     * unit of work still running loses its connection and commits nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            synchronized (this) {
                if (leadership != null) {
                    leadership.close();
                }
            }
            notifier.close();
            health.close();
        } finally {
            db.close();
        }
    }
}
