package io.wsnotify.application;

import io.wsnotify.application.live.QueueLimits;

import java.time.Duration;

/** Tunables of the core: per-connection queue bound and log retention. */
public record CoreSettings(QueueLimits queueLimits, NotificationUseCases.Retention retention) {
    public static CoreSettings defaults() {
        return new CoreSettings(QueueLimits.defaults(),
                new NotificationUseCases.Retention(100_000, Duration.ofDays(7)));
    }
}
