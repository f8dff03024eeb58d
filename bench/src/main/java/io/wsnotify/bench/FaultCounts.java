package io.wsnotify.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What went wrong across every benchmark client: second copies of an event, seqs out of order, frames that
 * are not benchmark events, closes the server started, and connections that failed after opening.
 */
final class FaultCounts {

    private final LongAdder duplicates = new LongAdder();
    private final LongAdder foreign = new LongAdder();
    private final LongAdder outOfOrder = new LongAdder();
    private final LongAdder serverCloses = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final AtomicLong firstCloseCode = new AtomicLong(-1);

    void duplicate() {
        duplicates.increment();
    }

    void foreign() {
        foreign.increment();
    }

    void outOfOrder() {
        outOfOrder.increment();
    }

    void error() {
        errors.increment();
    }

    /** A close initiated by the server (before the benchmark closed the client). */
    void serverClose(int code) {
        serverCloses.increment();
        firstCloseCode.compareAndSet(-1, code);
    }

    long duplicates() {
        return duplicates.sum();
    }

    long foreignFrames() {
        return foreign.sum();
    }

    long outOfOrderFrames() {
        return outOfOrder.sum();
    }

    long serverCloses() {
        return serverCloses.sum();
    }

    /** The code of the first close the server started, -1 if none. */
    long firstCloseCode() {
        return firstCloseCode.get();
    }

    long errors() {
        return errors.sum();
    }
}
