package io.wsnotify.application.live;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One live connection's cursor over the log: where it stands, and what it still has to send.
 *
 * <p>A subscription that resumes from further back than the follower's window reads older pages
 * from the log (one page at a time, as the connection takes them); then, or from the start, it
 * walks the follower's shared window of rendered frames ({@link FrameSource}, {@link WindowCursor}).
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
    private final SubscriptionRequest request;
    private final DeliverySink sink;
    private final LiveFeed<F> feed;
    private final FrameSource<F> source;
    private final long startSeq;
    private final ReentrantLock lock = new ReentrantLock();
    private int outstanding;
    private volatile long position;
    private volatile boolean armed = true;
    private volatile boolean ended;

    Subscription(SubscriptionRequest request, DeliverySink sink, LiveFeed<F> feed, FrameWindow<F> window) {
        this.request = request;
        this.sink = sink;
        this.feed = feed;
        this.source = new FrameSource<>(request, window, feed, this);
        this.startSeq = request.since().isPresent() ? request.since().getAsLong() : source.joinLive();
        this.position = startSeq;
        source.startAfter(startSeq);
    }

    SubscriptionRequest request() {
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
            taken = source.take(batch, maxBytes);
            outstanding += taken;
            if (outstanding == 0) {
                position = source.passedSeq();
            }
            endNow = source.endAfterPoll();
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
        position = outstanding == 0 ? source.passedSeq() : frame.resumeAfter();
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

    /** Starts delivery: live, or resuming from the window or the log ({@link FrameSource#begin}). */
    void start() {
        lock.lock();
        try {
            source.begin(startSeq, request.since().isPresent());
        } finally {
            lock.unlock();
        }
        wake();
    }

    /** After the follower appended frames: ends a connection too far behind, wakes an idle one. */
    void afterAppend(QueueLimits limits) {
        if (ended || !source.isInWindow()) {
            return;
        }
        if (!armed && source.isTooFarBehind(limits)) {
            end(EndReason.Kind.SLOW_CONSUMER);
            return;
        }
        wake();
    }

    /** A page read from the log for this subscription, and the position the read reached. */
    void offerPage(List<Frame<F>> frames, long reached, boolean caughtUp) {
        lock.lock();
        try {
            source.offerPage(frames, reached, caughtUp);
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
            source.end();
            return true;
        } finally {
            lock.unlock();
        }
    }
}
