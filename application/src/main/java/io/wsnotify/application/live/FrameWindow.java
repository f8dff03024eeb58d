package io.wsnotify.application.live;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The follower's bounded window of recent frames, in seq order: a ring that the one follower
 * appends to and any number of subscriptions read from without locks.
 *
 * <p>Frames get consecutive indexes from 0. The window holds the indexes from {@link #tail()}
 * (inclusive) to {@link #head()} (exclusive); appending past the capacity (in frames or bytes)
 * drops the oldest. The window covers every seq after {@link #floorSeq()}: a subscription whose
 * position is at or past the floor finds in the window everything it still needs. Frames the log
 * itself no longer holds (pruned) stay for the subscriptions already reading them, but a new
 * resume from before the log's oldest seq is not served from the window: it must learn from the
 * log that the stream was truncated (DESIGN §5).
 *
 * <p>Threading: {@link #append} and {@link #restartAfter} are called by the follower only.
 * Readers see a slot only after {@link #head()} has published it; a slot read after being
 * overwritten is recognised by its index.
 */
final class FrameWindow<F> {
    private final AtomicReferenceArray<Slot<F>> slots;
    private final int capacity;
    private final long maxBytes;
    private volatile long head;
    private volatile long tail;
    private volatile long floorSeq;
    private volatile long newestSeq;
    private volatile long totalBytes;
    private final AtomicLong prunedThrough = new AtomicLong();
    private long tailBytes;

    FrameWindow(int capacity, long maxBytes, long startSeq) {
        this.capacity = capacity;
        this.maxBytes = maxBytes;
        this.slots = new AtomicReferenceArray<>(capacity);
        this.floorSeq = startSeq;
        this.newestSeq = startSeq;
    }

    /** One frame in the window, with its index and the window's byte count after it. */
    record Slot<F>(long index, Frame<F> frame, long endBytes) {}

    /** Appends a frame whose seq is greater than every seq appended before. */
    void append(Frame<F> frame) {
        long index = head;
        while (index - tail >= capacity || (index > tail && totalBytes - tailBytes + frame.size() > maxBytes)) {
            dropOldest();
        }
        long bytes = totalBytes + frame.size();
        slots.set(slot(index), new Slot<>(index, frame, bytes));
        totalBytes = bytes;
        newestSeq = frame.seq();
        head = index + 1;
    }

    /** Empties the window, which then covers every seq after {@code seq}: the log was cut or replaced. */
    void restartAfter(long seq) {
        while (tail < head) {
            dropOldest();
        }
        floorSeq = seq;
        newestSeq = seq;
    }

    /** The next index to be appended. */
    long head() {
        return head;
    }

    /** The oldest index still held. */
    long tail() {
        return tail;
    }

    /** Every seq after this one is in the window or still to come. */
    long floorSeq() {
        return floorSeq;
    }

    /** A resume from at or past this seq may be served from the window. */
    long resumeFloor() {
        return Math.max(floorSeq, prunedThrough.get());
    }

    /** The log holds nothing at or before {@code seq} any more. Any thread. */
    void markPrunedThrough(long seq) {
        prunedThrough.accumulateAndGet(seq, Math::max);
    }

    /** The seq of the newest frame appended (the start seq before any). */
    long newestSeq() {
        return newestSeq;
    }

    /** The frame at {@code index}, or null when it was dropped (or not appended yet). */
    Frame<F> get(long index) {
        Slot<F> slot = at(index);
        return slot == null ? null : slot.frame();
    }

    /** Bytes of the frames from {@code index} to the head; -1 when {@code index} was dropped. */
    long bytesFrom(long index) {
        if (index >= head) {
            return 0;
        }
        Slot<F> slot = at(index);
        return slot == null ? -1 : totalBytes - (slot.endBytes() - slot.frame().size());
    }

    /**
     * The index of the first frame with a seq greater than {@code seq}, for a position at or past
     * the {@link #resumeFloor()} (the head when there is none yet); -1 otherwise.
     */
    long indexAfter(long seq) {
        if (seq < resumeFloor()) {
            return -1;
        }
        long low = tail;
        long high = head;
        while (low < high) {
            long middle = (low + high) >>> 1;
            Frame<F> frame = get(middle);
            if (frame == null) {
                return -1;
            }
            if (frame.seq() <= seq) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return seq < floorSeq || low < tail ? -1 : low;
    }

    private Slot<F> at(long index) {
        Slot<F> slot = slots.get(slot(index));
        return slot != null && slot.index() == index ? slot : null;
    }

    private void dropOldest() {
        Slot<F> oldest = slots.get(slot(tail));
        tailBytes = oldest.endBytes();
        floorSeq = oldest.frame().seq();
        tail = tail + 1;
    }

    private int slot(long index) {
        return (int) (index % capacity);
    }
}
