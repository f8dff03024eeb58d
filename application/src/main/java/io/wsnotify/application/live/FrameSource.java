package io.wsnotify.application.live;

import java.util.ArrayDeque;
import java.util.List;

/**
 * Where one {@link Subscription} takes its next frames from: pages read from the log while it
 * resumes from further back than the follower's window ({@link Mode#REPLAY}), else the window
 * itself ({@link Mode#WINDOW}). A subscription still catching up that falls out of the window goes
 * back to the log; a live one that falls out is ended as a slow consumer after the poll.
 *
 * <p>Threading: used under the subscription's lock, except {@link #isInWindow} and
 * {@link #isTooFarBehind}, which the follower reads without it.
 */
final class FrameSource<F> {
    private enum Mode {
        REPLAY,
        WINDOW,
        ENDED
    }

    private final FrameWindow<F> window;
    private final WindowCursor<F> cursor;
    private final LiveFeed<F> feed;
    private final Subscription<F> subscription;
    private final ArrayDeque<Frame<F>> replayed = new ArrayDeque<>();
    private volatile Mode mode;
    private EndReason.Kind endAfterPoll;
    private long replayPosition;
    private boolean replayCaughtUp;
    private boolean pageRequested;

    FrameSource(SubscriptionRequest request, FrameWindow<F> window, LiveFeed<F> feed, Subscription<F> subscription) {
        this.window = window;
        this.cursor = new WindowCursor<>(window, request);
        this.feed = feed;
        this.subscription = subscription;
    }

    /** Joins the window at its head; returns the seq the subscription starts after. */
    long joinLive() {
        long seq = cursor.joinLive();
        mode = Mode.WINDOW;
        return seq;
    }

    /** The subscription starts after {@code seq}: nothing at or below it is given. */
    void startAfter(long seq) {
        cursor.startAfter(seq);
    }

    /**
     * Begins delivery after {@code startSeq}. A resume begins in the window when it holds everything after
     * the start (a start past the window's newest frame may be past the log itself, which only the
     * log can tell), else by reading the log.
     */
    void begin(long startSeq, boolean resuming) {
        if (resuming && !(startSeq <= window.newestSeq() && enterWindow(true))) {
            mode = Mode.REPLAY;
            replayPosition = startSeq;
            requestPage(true);
        }
    }

    /** The newest seq passed over, delivered or not. */
    long passedSeq() {
        return cursor.passedSeq();
    }

    /** Moves the next frames into {@code batch} (see {@link Subscription#poll}); returns how many. */
    int take(Frame<F>[] batch, long maxBytes) {
        return switch (mode) {
            case REPLAY -> takeReplayed(batch, 0, maxBytes);
            case WINDOW -> takeFromWindow(batch, 0, maxBytes);
            case ENDED -> 0;
        };
    }

    /** Why the subscription must end once this poll is over (it fell out of the window), or null. */
    EndReason.Kind endAfterPoll() {
        return endAfterPoll;
    }

    /** Takes a page read from the log, and the position the read reached; ignored once out of replay. */
    void offerPage(List<Frame<F>> frames, long reached, boolean caughtUp) {
        if (mode != Mode.REPLAY) {
            return;
        }
        replayed.addAll(frames);
        replayPosition = reached;
        replayCaughtUp = caughtUp;
        pageRequested = false;
    }

    boolean isInWindow() {
        return mode == Mode.WINDOW;
    }

    /** Whether a subscription in the window has fallen further behind than {@code limits} allow. */
    boolean isTooFarBehind(QueueLimits limits) {
        return !cursor.isCatchingUp() && cursor.isTooFarBehind(limits);
    }

    /** Gives nothing from now on. */
    void end() {
        mode = Mode.ENDED;
        replayed.clear();
    }

    private int takeReplayed(Frame<F>[] batch, int from, long maxBytes) {
        int count = from;
        long bytes = 0;
        while (count < batch.length
                && !replayed.isEmpty()
                && (count == 0 || bytes + replayed.peekFirst().size() <= maxBytes)) {
            Frame<F> frame = replayed.pollFirst();
            cursor.passReplayed(frame);
            bytes += frame.size();
            batch[count++] = frame;
        }
        if (!replayed.isEmpty()) {
            return count;
        }
        cursor.passThrough(replayPosition);
        if (!replayCaughtUp) {
            requestPage(false);
            return count;
        }
        if (!enterWindow(true)) {
            replayPosition = cursor.passedSeq();
            requestPage(false);
            return count;
        }
        return count < batch.length ? takeFromWindow(batch, count, maxBytes - bytes) : count;
    }

    private int takeFromWindow(Frame<F>[] batch, int from, long maxBytes) {
        int count = cursor.take(batch, from, maxBytes, feed.limits());
        return cursor.fellOut() ? fellOutOfWindow(count) : count;
    }

    /** A cursor still catching up goes back to the log; a live one that fell out is too slow. */
    private int fellOutOfWindow(int count) {
        if (cursor.isCatchingUp()) {
            mode = Mode.REPLAY;
            replayPosition = cursor.passedSeq();
            requestPage(false);
            return count;
        }
        endAfterPoll = EndReason.Kind.SLOW_CONSUMER;
        return count;
    }

    /** Switches to the window at the position passed, if the window covers it; false otherwise. */
    private boolean enterWindow(boolean catchUp) {
        if (!cursor.enterWindow(catchUp)) {
            return false;
        }
        mode = Mode.WINDOW;
        return true;
    }

    private void requestPage(boolean opening) {
        if (!pageRequested) {
            pageRequested = true;
            feed.readPage(subscription, replayPosition, opening);
        }
    }
}
