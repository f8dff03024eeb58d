package io.wsnotify.client;

import java.util.OptionalLong;
import java.util.function.LongConsumer;

/**
 * The receiving side's bookkeeping: the resume point (the newest seq received), the duplicate
 * check, and which connection is current. Frames of a connection that was given up are ignored,
 * so two connections never interleave. Everything happens under this object's lock, in arrival
 * order, and reaches the {@link Inbox} in that order.
 */
final class Receiver {
    private final Inbox inbox;
    private final LongConsumer startKnown;
    private long received;
    private boolean known;
    private long generation;

    /** @param startKnown told the start seq once it is known (from {@code since}, or read from the server) */
    Receiver(Inbox inbox, OptionalLong since, LongConsumer startKnown) {
        this.inbox = inbox;
        this.startKnown = startKnown;
        if (since.isPresent()) {
            startAt(since.getAsLong());
        }
    }

    synchronized boolean isStartKnown() {
        return known;
    }

    /** Starts the stream after {@code seq} (the log's head, for a client given no {@code since}). */
    synchronized void startAt(long seq) {
        if (!known) {
            known = true;
            received = seq;
            startKnown.accept(seq);
        }
    }

    /** The seq the next connection resumes after. */
    synchronized long resumePoint() {
        return received;
    }

    /** A new connection becomes current; returns its generation. */
    synchronized long begin() {
        return ++generation;
    }

    /** No connection is current any more: late frames of the last one are ignored. */
    synchronized void retire() {
        generation++;
    }

    /**
     * The server closed naming the seq it last delivered. Frames arrive in order and the close frame
     * after them, so every seq up to that one that this client may receive was received already.
     */
    synchronized void closedAfter(long seq) {
        received = Math.max(received, seq);
    }

    synchronized void connected(long connection, ConnectionEvent event) {
        if (connection == generation) {
            inbox.add(new Inbound.StatusChanged(event));
        }
    }

    /**
     * Takes what a frame of connection {@code connection} carries. True when the socket may read on;
     * false when the inbox is full and will run {@code whenRoom} later.
     */
    synchronized boolean accept(long connection, Inbound frame, Runnable whenRoom) {
        if (connection != generation || frame == null) {
            return connection == generation;
        }
        if (frame instanceof Inbound.Delivered) {
            long seq = ((Inbound.Delivered) frame).notification().seq();
            if (seq <= received) {
                return true; // a duplicate: already received, or older than where this stream began
            }
            received = seq;
        } else if (frame instanceof Inbound.GapFound) {
            Gap gap = ((Inbound.GapFound) frame).gap();
            if (gap.kind() == Gap.Kind.RESET && gap.newestSeq() >= 0) {
                received = gap.newestSeq(); // a replaced log: its seqs start again below ours
            }
        }
        return inbox.offer(frame, whenRoom);
    }
}
