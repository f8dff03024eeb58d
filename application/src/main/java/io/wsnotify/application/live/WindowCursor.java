package io.wsnotify.application.live;

/**
 * How far one {@link Subscription} has got: the newest seq it has passed (delivered, or skipped as
 * not wanted), whether it read that from the log or from the follower's window, and its index in
 * that window. Also judges, against the {@link QueueLimits}, whether it has fallen too far behind.
 *
 * <p>Threading: the subscription moves the cursor under its lock; the follower reads
 * {@link #isTooFarBehind} and {@link #isCatchingUp} without it (a stale answer costs one more
 * append's wait, never a wrong frame).
 */
final class WindowCursor<F> {
    private final FrameWindow<F> window;
    private final SubscriptionRequest request;
    private volatile long passedSeq;
    private volatile long nextIndex;
    private boolean catchingUp;
    private boolean fellOut;

    WindowCursor(FrameWindow<F> window, SubscriptionRequest request) {
        this.window = window;
        this.request = request;
    }

    /** The newest seq passed over, delivered or not. */
    long passedSeq() {
        return passedSeq;
    }

    /** Starts at {@code seq} (before any frame is taken). */
    void startAfter(long seq) {
        passedSeq = seq;
    }

    /** Joins at the window's head; returns the seq the subscription starts after. */
    long joinLive() {
        long head = window.head();
        Frame<F> newest = head > window.tail() ? window.get(head - 1) : null;
        long seq = newest == null ? window.floorSeq() : newest.seq();
        nextIndex = head;
        return seq;
    }

    /** A frame replayed from the log was taken: a notice moves the cursor to where it says to resume. */
    void passReplayed(Frame<F> frame) {
        passedSeq = frame.isNotice() ? frame.resumeAfter() : Math.max(passedSeq, frame.seq());
    }

    /** The log has been read through {@code seq}. */
    void passThrough(long seq) {
        passedSeq = Math.max(passedSeq, seq);
    }

    /** Moves into the window at the seq passed, if the window covers it; false otherwise. */
    boolean enterWindow(boolean catchUp) {
        long index = window.indexAfter(passedSeq);
        if (index < 0) {
            return false;
        }
        nextIndex = index;
        catchingUp = catchUp;
        return true;
    }

    /** Whether the subscription is still catching up from a resume, and not yet judged as a slow consumer. */
    boolean isCatchingUp() {
        return catchingUp;
    }

    /**
     * Moves the next wanted frames of the window into {@code batch} from {@code from}, within
     * {@code maxBytes} unless the first alone is bigger. Returns the count in the batch. When the
     * window no longer holds the next frame, {@link #fellOut} tells so once.
     */
    int take(Frame<F>[] batch, int from, long maxBytes, QueueLimits limits) {
        int count = from;
        long bytes = 0;
        long index = nextIndex;
        long head = window.head();
        while (index < head && count < batch.length) {
            Frame<F> frame = window.get(index);
            if (frame == null) {
                nextIndex = index;
                fellOut = true;
                return count;
            }
            if (frame.seq() > passedSeq && request.admits(frame.notification())) {
                if (count > from && bytes + frame.size() > maxBytes) {
                    break;
                }
                bytes += frame.size();
                batch[count++] = frame;
            }
            passedSeq = Math.max(passedSeq, frame.seq());
            index++;
        }
        nextIndex = index;
        if (catchingUp && isWithinHalf(limits)) {
            catchingUp = false;
        }
        return count;
    }

    /** Whether the last {@link #take} found the next frame gone from the window; clears the mark. */
    boolean fellOut() {
        boolean fell = fellOut;
        fellOut = false;
        return fell;
    }

    /** Whether the frames still to take pass either limit, or are no longer in the window. */
    boolean isTooFarBehind(QueueLimits limits) {
        long index = nextIndex;
        if (index < window.tail()) {
            return true;
        }
        long frames = window.head() - index;
        long bytes = window.bytesFrom(index);
        if (frames <= limits.maxNotifications() && bytes >= 0 && bytes <= limits.maxBytes()) {
            return false;
        }
        return admittedBehind(index, limits.maxNotifications(), limits.maxBytes());
    }

    /**
     * Whether the frames this connection still wants (admitted, and past what it has had, which a
     * replay may have taken beyond the window's frames) pass either limit, or were dropped.
     */
    private boolean admittedBehind(long from, int maxFrames, long maxBytes) {
        long head = window.head();
        long passed = passedSeq;
        int frames = 0;
        long bytes = 0;
        for (long index = from; index < head; index++) {
            Frame<F> frame = window.get(index);
            if (frame == null) {
                return true;
            }
            if (frame.seq() > passed
                    && request.admits(frame.notification())
                    && (++frames > maxFrames || (bytes += frame.size()) > maxBytes)) {
                return true;
            }
        }
        return false;
    }

    private boolean isWithinHalf(QueueLimits limits) {
        long index = nextIndex;
        long bytes = window.bytesFrom(index);
        return window.head() - index <= limits.maxNotifications() / 2 && bytes >= 0 && bytes <= limits.maxBytes() / 2;
    }
}
