package io.wsnotify.application.live;

import io.wsnotify.domain.Notification;

/**
 * One frame of a live stream: a notification rendered once for every connection, or a notice
 * about the stream ({@code replay.truncated}, {@code replay.reset}) rendered for one connection.
 *
 * @param seq            the notification's seq; 0 for a notice, which is not an entry of the log
 * @param resumeAfter    where the client stands once it has this frame: the seq to resume after
 *                       (the notification's seq, or for a notice the position the stream goes on from)
 * @param notification   the notification, or null for a notice
 * @param payload        the rendered frame, in the form the transports write
 * @param size           the payload's size in bytes, for the per-connection bounds
 * @param publishedNanos {@link System#nanoTime()} when the follower read it, for latency; 0 for frames
 *                       read for one connection (a replay, a notice), which are not live
 */
public record Frame<F>(
        long seq, long resumeAfter, Notification notification, F payload, int size, long publishedNanos) {
    /** A notification's frame as the follower read it, live since {@code publishedNanos}. */
    static <F> Frame<F> live(Notification notification, F payload, int size, long publishedNanos) {
        return new Frame<>(notification.seq(), notification.seq(), notification, payload, size, publishedNanos);
    }

    /** A notification's frame read for one connection's replay. */
    static <F> Frame<F> replayed(Notification notification, F payload, int size) {
        return new Frame<>(notification.seq(), notification.seq(), notification, payload, size, 0);
    }

    /** A notice's frame: the stream resumes after {@code resumeAfter} once the client has it. */
    static <F> Frame<F> notice(long resumeAfter, F payload, int size) {
        return new Frame<>(0, resumeAfter, null, payload, size, 0);
    }

    /** Whether this frame is a notice about the stream rather than a notification. */
    public boolean isNotice() {
        return notification == null;
    }
}
