package io.wsnotify.application.live;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One connection's outbound queue and its size against the {@link QueueLimits}. The frame count
 * and the text length are kept in one word, so an add or a poll costs one atomic update.
 * Thread-safe: any number of publishers add, one writer polls.
 */
final class OutboundQueue {
    private static final int COUNT_SHIFT = 40;
    private static final long CHARS_MASK = (1L << COUNT_SHIFT) - 1;
    private static final VarHandle SIZE;

    static {
        try {
            SIZE = MethodHandles.lookup().findVarHandle(OutboundQueue.class, "size", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ConcurrentLinkedQueue<Frame> frames = new ConcurrentLinkedQueue<>();
    private final long maxCount;
    private final long maxChars;
    @SuppressWarnings("unused") // updated through SIZE: queued frames << COUNT_SHIFT | queued chars
    private volatile long size;

    /** Limits beyond what the packed word holds (16 M frames, 512 GiB) are treated as those. */
    OutboundQueue(QueueLimits limits) {
        this.maxCount = Math.min(limits.maxNotifications(), 1L << 23);
        this.maxChars = Math.min(limits.maxBytes(), 1L << 39);
    }

    /** Queues {@code frame}; false, queuing nothing, when it would pass either limit (then {@link #clear}). */
    boolean add(Frame frame) {
        long delta = (1L << COUNT_SHIFT) + frame.text().length();
        long after = (long) SIZE.getAndAdd(this, delta) + delta;
        if ((after >>> COUNT_SHIFT) > maxCount || (after & CHARS_MASK) > maxChars) {
            return false;
        }
        frames.add(frame);
        return true;
    }

    /** The oldest queued frame, or null. */
    Frame poll() {
        Frame frame = frames.poll();
        if (frame != null) {
            SIZE.getAndAdd(this, -((1L << COUNT_SHIFT) + frame.text().length()));
        }
        return frame;
    }

    boolean isEmpty() {
        return frames.isEmpty();
    }

    /** Drops every queued frame. */
    void clear() {
        frames.clear();
        size = 0;
    }
}
