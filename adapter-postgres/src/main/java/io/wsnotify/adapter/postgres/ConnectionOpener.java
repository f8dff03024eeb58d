package io.wsnotify.adapter.postgres;

import com.zaxxer.hikari.HikariConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.postgresql.Driver;
import org.postgresql.PGProperty;

/**
 * Opens connections to the configured PostgreSQL: the pool's (through HikariCP), and dedicated ones
 * outside the pool for the jobs that hold a session of their own (listening for wake-ups, holding
 * the leadership lock, probing health). Every connection names its job in {@code application_name},
 * so {@code pg_stat_activity} tells them apart.
 */
final class ConnectionOpener {
    /** How long opening a connection may take before it counts as a failure. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** How long a borrower waits for a pooled connection (also while the server is down). */
    static final Duration ACQUIRE_TIMEOUT = Duration.ofSeconds(5);

    static final String APPLICATION = "wsnotify";

    private final PostgresSettings settings;
    private final Duration connectTimeout;
    private final Driver driver = new Driver();

    ConnectionOpener(PostgresSettings settings) {
        this(settings, CONNECT_TIMEOUT);
    }

    /** With another limit on opening the first and the pooled connections (for this module's tests). */
    ConnectionOpener(PostgresSettings settings, Duration connectTimeout) {
        this.settings = settings;
        this.connectTimeout = connectTimeout;
    }

    PostgresSettings settings() {
        return settings;
    }

    /**
     * A new connection outside the pool for {@code job}: opened within {@code timeout}, and a read
     * from the server that waits longer than that fails, so a dead network is noticed.
     */
    Connection openDedicated(String job, Duration timeout) throws SQLException {
        Properties properties = properties(APPLICATION + "-" + job, timeout);
        PGProperty.SOCKET_TIMEOUT.set(properties, seconds(timeout));
        Connection connection = driver.connect(settings.url(), properties);
        if (connection == null) {
            throw new SQLException("The PostgreSQL driver does not accept notify.postgres.url", "08001");
        }
        return connection;
    }

    /**
     * Fails fast, with a one-line message, when the server cannot be reached, refuses the login or
     * has no such database.
     */
    void check() {
        try (Connection connection = openDedicated("startup", connectTimeout);
                Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        } catch (SQLException e) {
            throw ConnectionFailure.describe(e, settings);
        }
    }

    /**
     * The pool: {@code pool-size} connections kept open, READ COMMITTED by default (read units set
     * their own isolation), each checked before it is lent after a pause, so connections broken by an
     * outage are replaced rather than lent.
     */
    HikariConfig pool() {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("postgres");
        pool.setJdbcUrl(settings.url());
        pool.setUsername(settings.user());
        pool.setPassword(settings.password());
        pool.setDataSourceProperties(timeouts(new Properties(), connectTimeout));
        pool.addDataSourceProperty(PGProperty.APPLICATION_NAME.getName(), APPLICATION);
        pool.setMaximumPoolSize(settings.poolSize());
        pool.setMinimumIdle(settings.poolSize());
        pool.setConnectionTimeout(ACQUIRE_TIMEOUT.toMillis());
        pool.setValidationTimeout(Duration.ofSeconds(1).toMillis());
        pool.setKeepaliveTime(Duration.ofSeconds(30).toMillis());
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        pool.setAutoCommit(true);
        pool.setInitializationFailTimeout(-1);
        return pool;
    }

    private Properties properties(String applicationName, Duration timeout) {
        Properties properties = timeouts(new Properties(), timeout);
        if (settings.user() != null) {
            PGProperty.USER.set(properties, settings.user());
        }
        if (settings.password() != null) {
            PGProperty.PASSWORD.set(properties, settings.password());
        }
        PGProperty.APPLICATION_NAME.set(properties, applicationName);
        return properties;
    }

    private static Properties timeouts(Properties properties, Duration timeout) {
        PGProperty.CONNECT_TIMEOUT.set(properties, seconds(timeout));
        PGProperty.LOGIN_TIMEOUT.set(properties, seconds(timeout));
        PGProperty.TCP_KEEP_ALIVE.set(properties, true);
        return properties;
    }

    /** Whole seconds, rounded up, at least one (the driver's unit). */
    private static int seconds(Duration timeout) {
        return (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
    }
}
