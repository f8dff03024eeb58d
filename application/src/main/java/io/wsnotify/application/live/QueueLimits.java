package io.wsnotify.application.live;

/** Bound on one connection's outbound queue: beyond either limit it is ended as a slow consumer. */
public record QueueLimits(int maxNotifications, long maxBytes) {
    public QueueLimits {
        if (maxNotifications < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("queue limits must be positive");
        }
    }

    public static QueueLimits defaults() {
        return new QueueLimits(1024, 4L * 1024 * 1024);
    }
}
