package io.wsnotify.application.live;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One live connection's cursor over the log: where it stands, and what it still has to send.
 *
 * <p>A subscription that resumes from further back than the follower's window reads older pages
 * from the log ({@link Mode#REPLAY}, one page at a time, as the connection takes them); then, or
 * from the start, it walks the follower's shared window of rendered frames ({@link Mode#WINDOW}).
 * Frames at or below the position it has passed are skipped, so the client gets every seq its
 * request admits once, in order. A connection that falls further behind the window's head than
 * its {@link QueueLimits} is ended as a slow consumer; one that is still catching up from a
 * resume is not judged until it has come within half of them.
 *
 * <p>Threading: the transport calls {@link #poll} and {@link #delivered} from one thread at a
 * time (its own, never a core thread), after {@link DeliverySink#ready}. The follower, the replay
 * readers and shutdown touch the subscription through {@link #afterAppend}, {@link #offerPage}
 * and {@link #end}; the lock only orders a page hand-over and a mode change against a poll.
 */
public final class Subscription<F> {
    private enum Mode { REPLAY, WINDOW, ENDED }

    private final SubscriptionRequest request;
    private final DeliverySink sink;
    private final LiveFeed<F> feed;
    private final FrameWindow<F> window;
    private final long startSeq;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Frame<F>> replayed = new ArrayDeque<>();
    private volatile Mode mode;
    private EndReason.Kind endAfterPoll;
    private long replayPosition;
    private boolean replayCaughtUp;
    private boolean pageRequested;
    private boolean catchingUp;
    private volatile long passedSeq;
    private int outstanding;
    private volatile long nextIndex;
    private volatile long position;
    private volatile boolean armed = true;
    private volatile boolean ended;

    Subscription(SubscriptionRequest request, DeliverySink sink, LiveFeed<F> feed, FrameWindow<F> window) {
        this.request = request;
        this.sink = sink;
        this.feed = feed;
        this.window = window;
        this.startSeq = request.since().isPresent() ? request.since().getAsLong() : joinLive();
        this.position = startSeq;
        this.passedSeq = startSeq;
    }

    public SubscriptionRequest request() {
        return request;
    }

    /** The position to resume after: the newest seq delivered, or passed over as not wanted. */
    public long lastDeliveredSeq() {
        return position;
    }

    /**
     * Moves the next frames this connection should get into {@code batch}, oldest first: at most
     * {@code batch.length} frames, and no more bytes than {@code maxBytes} unless one frame alone
     * is bigger. Returns how many; 0 when none is ready now, in which case {@link DeliverySink#ready}
     * is called when some are. Frames handed out must each be {@link #delivered} once written.
     */
    public int poll(Frame<F>[] batch, long maxBytes) {
        armed = true;
        int taken;
        EndReason.Kind endNow;
        lock.lock();
        try {
            taken = switch (mode) {
                case REPLAY -> takeReplayed(batch, 0, maxBytes);
                case WINDOW -> takeFromWindow(batch, 0, maxBytes);
                case ENDED -> 0;
            };
            outstanding += taken;
            if (outstanding == 0) {
                position = passedSeq;
            }
            endNow = endAfterPoll;
        } finally {
            lock.unlock();
        }
        if (taken > 0) {
            armed = false;
        }
        if (endNow != null) {
            end(endNow);
        }
        return taken;
    }

    /** The transport has written {@code frame} (one {@link #poll} handed out) to the peer in full. */
    public void delivered(Frame<F> frame) {
        outstanding--;
        position = outstanding == 0 ? passedSeq : frame.resumeAfter();
        feed.stats().countDelivered(frame);
    }

    /** The client went away: stop delivering. Idempotent; the sink is not told. */
    public void cancel() {
        if (markEnded()) {
            feed.forget(this);
        }
    }

    /** Whether the core or the client has ended this subscription. */
    public boolean isEnded() {
        return ended;
    }

    // ---- called by the core ----

    /**
     * Starts delivery: live, or resuming from the window when it holds everything after the start
     * (a start past the window's newest frame may be past the log itself, which only the log can
     * tell), else by reading the log.
     */
    void start() {
        lock.lock();
        try {
            boolean fromWindow = request.since().isEmpty()
                    || (startSeq <= window.newestSeq() && enterWindow(true));
            if (!fromWindow) {
                mode = Mode.REPLAY;
                replayPosition = startSeq;
                requestPage(true);
            }
        } finally {
            lock.unlock();
        }
        wake();
    }

    /** After the follower appended frames: ends a connection too far behind, wakes an idle one. */
    void afterAppend(QueueLimits limits) {
        if (ended || mode != Mode.WINDOW) {
            return;
        }
        if (!armed && !catchingUp && isTooFarBehind(limits)) {
            end(EndReason.Kind.SLOW_CONSUMER);
            return;
        }
        wake();
    }

    /** A page read from the log for this subscription, and the position the read reached. */
    void offerPage(List<Frame<F>> frames, long reached, boolean caughtUp) {
        lock.lock();
        try {
            if (mode != Mode.REPLAY) {
                return;
            }
            replayed.addAll(frames);
            replayPosition = reached;
            replayCaughtUp = caughtUp;
            pageRequested = false;
        } finally {
            lock.unlock();
        }
        wake();
    }

    /** Ends the connection for {@code kind} and tells the transport, once. */
    void end(EndReason.Kind kind) {
        if (markEnded()) {
            feed.forget(this);
            if (kind == EndReason.Kind.SLOW_CONSUMER) {
                feed.stats().countSlowConsumerDisconnect();
            }
            sink.end(new EndReason(kind, position));
        }
    }

    /** Whether a live connection joining now with this start would receive the notification. */
    boolean startedBefore(long seq) {
        return startSeq < seq;
    }

    // ---- internals ----

    private long joinLive() {
        long head = window.head();
        Frame<F> newest = head > window.tail() ? window.get(head - 1) : null;
        long seq = newest == null ? window.floorSeq() : newest.seq();
        nextIndex = head;
        mode = Mode.WINDOW;
        return seq;
    }

    private int takeReplayed(Frame<F>[] batch, int from, long maxBytes) {
        int count = from;
        long bytes = 0;
        while (count < batch.length && !replayed.isEmpty()
                && (count == 0 || bytes + replayed.peekFirst().size() <= maxBytes)) {
            Frame<F> frame = replayed.pollFirst();
            passedSeq = frame.isNotice() ? frame.resumeAfter() : Math.max(passedSeq, frame.seq());
            bytes += frame.size();
            batch[count++] = frame;
        }
        if (!replayed.isEmpty()) {
            return count;
        }
        passedSeq = Math.max(passedSeq, replayPosition);
        if (!replayCaughtUp) {
            requestPage(false);
            return count;
        }
        if (!enterWindow(true)) {
            replayPosition = passedSeq;
            requestPage(false);
            return count;
        }
        return count < batch.length ? takeFromWindow(batch, count, maxBytes - bytes) : count;
    }

    private int takeFromWindow(Frame<F>[] batch, int from, long maxBytes) {
        int count = from;
        long bytes = 0;
        long index = nextIndex;
        long head = window.head();
        while (index < head && count < batch.length) {
            Frame<F> frame = window.get(index);
            if (frame == null) {
                nextIndex = index;
                return fellOutOfWindow(count);
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
        if (catchingUp && isWithinHalf(feed.limits())) {
            catchingUp = false;
        }
        return count;
    }

    /** A cursor still catching up goes back to the log; a live one that fell out is too slow. */
    private int fellOutOfWindow(int count) {
        if (catchingUp) {
            mode = Mode.REPLAY;
            replayPosition = passedSeq;
            requestPage(false);
            return count;
        }
        endAfterPoll = EndReason.Kind.SLOW_CONSUMER;
        return count;
    }

    /** Switches to the window at the position passed, if the window covers it; false otherwise. */
    private boolean enterWindow(boolean catchUp) {
        long index = window.indexAfter(passedSeq);
        if (index < 0) {
            return false;
        }
        nextIndex = index;
        catchingUp = catchUp;
        mode = Mode.WINDOW;
        return true;
    }

    private void requestPage(boolean opening) {
        if (!pageRequested) {
            pageRequested = true;
            feed.readPage(this, replayPosition, opening);
        }
    }

    private boolean isTooFarBehind(QueueLimits limits) {
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
            if (frame.seq() > passed && request.admits(frame.notification())
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

    private void wake() {
        if (armed && !ended) {
            armed = false;
            sink.ready();
        }
    }

    private boolean markEnded() {
        lock.lock();
        try {
            if (ended) {
                return false;
            }
            ended = true;
            mode = Mode.ENDED;
            replayed.clear();
            return true;
        } finally {
            lock.unlock();
        }
    }
}
