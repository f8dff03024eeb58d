package io.wsnotify.application;

import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import java.time.Duration;
import java.util.List;

/** Driving port: publish custom notifications, read the log, and prune it to its retention. */
public interface NotificationUseCases {
    /**
     * Logs a custom notification for live delivery; the result counts the connections of this node
     * it goes to (exact on one node; with several nodes, those of the node that took it).
     */
    Recorded<Notification> publish(CustomNotification custom);

    /** Logged notifications after {@code query.since()}, oldest first, with the newest seq. */
    Snapshot<List<Notification>> read(LogQuery query);

    /**
     * Deletes notifications beyond the retention, in short batches; returns how many were deleted.
     * Only the leading node prunes (others return 0), never what its live connections still need.
     */
    int prune();

    /** How many notifications the log keeps, and for how long. */
    public record Retention(long maxCount, Duration maxAge) {
        public Retention {
            if (maxCount < 1 || maxAge == null || maxAge.isNegative() || maxAge.isZero()) {
                throw new IllegalArgumentException("retention needs a positive count and age");
            }
        }
    }
}
