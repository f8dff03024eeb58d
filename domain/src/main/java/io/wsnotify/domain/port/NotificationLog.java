package io.wsnotify.domain.port;

import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.NotificationDraft;
import java.time.Instant;
import java.util.List;

/**
 * Driven port: the durable, ordered log of notifications.
 *
 * <p>{@link #append} is called inside the same unit of work as the change it reports, so the
 * change and its notification commit or roll back together. Seqs are assigned by the log, start at
 * 1, are strictly increasing and are never reused, also after pruning or a restart.
 */
public interface NotificationLog {
    /** Appends the draft and returns it with its seq. */
    Notification append(NotificationDraft draft);

    /** Notifications after {@code query.since()} that the query admits, oldest first. */
    List<Notification> read(LogQuery query);

    /** Oldest retained and newest assigned seq, as seen by the current unit of work. */
    LogBounds bounds();

    /**
     * Deletes at most {@code maxRows} of the oldest notifications that are beyond the newest
     * {@code keepNewest} or older than {@code olderThan}; returns how many were deleted. The
     * batch bound keeps each pruning transaction short so writers are not held up.
     */
    int prune(long keepNewest, Instant olderThan, int maxRows);
}
