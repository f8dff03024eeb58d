package io.wsnotify.adapter.postgres;

import java.time.Duration;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * Where the shared PostgreSQL is and how this node uses it. Every message names the configuration
 * key at fault, so bootstrap can show it as a one-line startup error.
 *
 * @param url          {@code notify.postgres.url}: a {@code jdbc:postgresql:} URL
 * @param user         {@code notify.postgres.user}, or null to take it from the URL (or the driver's default)
 * @param password     {@code notify.postgres.password}, or null for none
 * @param poolSize     {@code notify.postgres.pool-size}: pooled connections, 1 to {@link #MAX_POOL_SIZE}
 * @param pollInterval {@code notify.postgres.poll-interval}: how often the log is polled as the safety net
 *                     of a lost wake-up, positive and at most one second
 */
public record PostgresSettings(String url, String user, String password, int poolSize, Duration pollInterval) {
    public static final String URL_PREFIX = "jdbc:postgresql:";
    public static final int MAX_POOL_SIZE = 200;
    public static final int DEFAULT_POOL_SIZE = 10;
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);
    public static final Duration MAX_POLL_INTERVAL = Duration.ofSeconds(1);

    public PostgresSettings {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("notify.postgres.url is required for notify.store=postgres");
        }
        if (!url.startsWith(URL_PREFIX)) {
            throw new IllegalArgumentException("notify.postgres.url must start with " + URL_PREFIX
                    + " (for example jdbc:postgresql://localhost:5432/notify)");
        }
        if (Driver.parseURL(url, new Properties()) == null) {
            throw new IllegalArgumentException("notify.postgres.url is not a valid PostgreSQL URL"
                    + " (expected jdbc:postgresql://host:port/database)");
        }
        if (user != null && user.isBlank()) {
            throw new IllegalArgumentException("notify.postgres.user must not be blank");
        }
        if (poolSize < 1 || poolSize > MAX_POOL_SIZE) {
            throw new IllegalArgumentException(
                    "notify.postgres.pool-size must be 1 to " + MAX_POOL_SIZE + ", was " + poolSize);
        }
        if (pollInterval == null
                || pollInterval.isNegative()
                || pollInterval.isZero()
                || pollInterval.compareTo(MAX_POLL_INTERVAL) > 0) {
            throw new IllegalArgumentException("notify.postgres.poll-interval must be positive and at most "
                    + MAX_POLL_INTERVAL.toMillis() + " ms, was " + pollInterval);
        }
    }

    /** The default pool size and poll interval. */
    public PostgresSettings(String url, String user, String password) {
        this(url, user, password, DEFAULT_POOL_SIZE, DEFAULT_POLL_INTERVAL);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "PostgresSettings[url=" + ConnectionFailure.withoutSecrets(url) + ", user=" + user
                + ", password=" + (password == null ? "none" : "****") + ", poolSize=" + poolSize
                + ", pollInterval=" + pollInterval + "]";
    }
}
