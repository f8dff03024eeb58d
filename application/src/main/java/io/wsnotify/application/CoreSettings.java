package io.wsnotify.application;

import io.wsnotify.application.live.QueueLimits;
import java.time.Duration;
import java.util.Objects;

/**
 * Tunables of the core: how far one connection may fall behind, log retention, and how often the
 * log's follower reads the log when no wake-up came (at most a second: DESIGN §8).
 */
public record CoreSettings(QueueLimits queueLimits, NotificationUseCases.Retention retention, Duration pollInterval) {
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);

    public CoreSettings {
        Objects.requireNonNull(queueLimits, "queueLimits");
        Objects.requireNonNull(retention, "retention");
        if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive");
        }
    }

    /** These bounds and retention, polling the log every second. */
    public CoreSettings(QueueLimits queueLimits, NotificationUseCases.Retention retention) {
        this(queueLimits, retention, DEFAULT_POLL_INTERVAL);
    }

    public static CoreSettings defaults() {
        return new CoreSettings(
                QueueLimits.defaults(), new NotificationUseCases.Retention(100_000, Duration.ofDays(7)));
    }
}
