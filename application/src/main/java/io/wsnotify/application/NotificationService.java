package io.wsnotify.application;

import io.wsnotify.application.live.LiveView;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.port.Leadership;
import io.wsnotify.domain.port.NotificationLog;
import io.wsnotify.domain.port.Transactions;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;

/** {@link NotificationUseCases}: publish custom notifications, read the log, and prune it to its retention. */
final class NotificationService implements NotificationUseCases {
    private static final int PRUNE_BATCH = 1000;
    private static final Duration FOLLOWER_CATCH_UP = Duration.ofSeconds(2);

    private final NotificationLog log;
    private final Transactions transactions;
    private final ChangeRecorder recorder;
    private final NotificationDrafts drafts;
    private final InstantSource clock;
    private final Retention retention;
    private final Leadership leadership;
    private final LiveView live;

    NotificationService(
            NotificationLog log,
            Transactions transactions,
            ChangeRecorder recorder,
            NotificationDrafts drafts,
            InstantSource clock,
            Retention retention,
            Leadership leadership,
            LiveView live) {
        this.log = log;
        this.transactions = transactions;
        this.recorder = recorder;
        this.drafts = drafts;
        this.clock = clock;
        this.retention = retention;
        this.leadership = leadership;
        this.live = live;
    }

    /**
     * Logs a custom notification for live delivery; the result counts the connections of this node
     * it goes to (exact on one node; with several nodes, those of the node that took it).
     */
    @Override
    public Recorded<Notification> publish(CustomNotification custom) {
        Notification logged = recorder.log(() -> drafts.custom(custom));
        return new Recorded<>(logged, logged, live.recipientsOf(logged));
    }

    /** Logged notifications after {@code query.since()}, oldest first, with the newest seq. */
    @Override
    public Snapshot<List<Notification>> read(LogQuery query) {
        return transactions.inTransaction(
                () -> new Snapshot<>(log.read(query), log.bounds().newest()));
    }

    /**
     * Deletes notifications beyond the retention, in short batches so writers wait at most one
     * batch; returns how many were deleted. Only the leading node prunes (others return 0), and
     * never a notification its own follower has not read yet, which live connections still need:
     * it first gives the follower a moment to catch up with the log.
     */
    @Override
    public int prune() {
        if (!leadership.isLeader()) {
            return 0;
        }
        long newest = transactions.inTransaction(log::bounds).newest();
        awaitFollower(newest);
        long unread = newest - live.followedSeq();
        long keep = Math.max(retention.maxCount(), unread);
        int total = 0;
        int deleted;
        do {
            deleted = recorder.write(() -> log.prune(keep, clock.instant().minus(retention.maxAge()), PRUNE_BATCH));
            total += deleted;
        } while (deleted == PRUNE_BATCH);
        if (total > 0) {
            live.pruned(transactions.inTransaction(log::bounds));
        }
        return total;
    }

    private void awaitFollower(long seq) {
        try {
            live.awaitFollowed(seq, FOLLOWER_CATCH_UP);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
