package io.wsnotify.application;

import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.NotificationDraft;
import io.wsnotify.domain.port.NotificationLog;
import io.wsnotify.domain.port.Transactions;

import java.time.Duration;
import java.time.InstantSource;
import java.util.List;

/** Use cases: publish custom notifications, read the log, and prune it to its retention. */
public final class NotificationUseCases {
    private static final int PRUNE_BATCH = 1000;

    private final NotificationLog log;
    private final Transactions transactions;
    private final ChangeRecorder recorder;
    private final NotificationDrafts drafts;
    private final InstantSource clock;
    private final Retention retention;

    NotificationUseCases(NotificationLog log, Transactions transactions, ChangeRecorder recorder,
                         NotificationDrafts drafts, InstantSource clock, Retention retention) {
        this.log = log;
        this.transactions = transactions;
        this.recorder = recorder;
        this.drafts = drafts;
        this.clock = clock;
        this.retention = retention;
    }

    /** Logs and publishes a custom notification; the result counts the connections it was queued for. */
    public Recorded<Notification> publish(CustomNotification custom) {
        Recorded<NotificationDraft> recorded = recorder.record(() -> drafts.custom(custom), draft -> draft);
        return new Recorded<>(recorded.notification(), recorded.notification(), recorded.recipients());
    }

    /** Logged notifications after {@code query.since()}, oldest first, with the newest seq. */
    public Snapshot<List<Notification>> read(LogQuery query) {
        return transactions.inTransaction(() -> new Snapshot<>(log.read(query), log.bounds().newest()));
    }

    /**
     * Deletes notifications beyond the retention, in short batches so writers wait at most one
     * batch; returns how many were deleted.
     */
    public int prune() {
        int total = 0;
        int deleted;
        do {
            deleted = recorder.write(() -> log.prune(retention.maxCount(),
                    clock.instant().minus(retention.maxAge()), PRUNE_BATCH));
            total += deleted;
        } while (deleted == PRUNE_BATCH);
        return total;
    }

    /** How many notifications the log keeps, and for how long. */
    public record Retention(long maxCount, Duration maxAge) {
        public Retention {
            if (maxCount < 1 || maxAge == null || maxAge.isNegative() || maxAge.isZero()) {
                throw new IllegalArgumentException("retention needs a positive count and age");
            }
        }
    }
}
