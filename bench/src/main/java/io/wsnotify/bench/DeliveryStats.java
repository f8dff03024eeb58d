package io.wsnotify.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** Send times, delivery latency histogram and counters shared by every benchmark client. */
final class DeliveryStats {

    private final AtomicLongArray sentNanos;
    private final int warmup;
    private final LongAdder warmupUnique = new LongAdder();
    private final Recorder latencyMicros = new Recorder(3);
    private final LongAdder unique = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder foreign = new LongAdder();
    private final LongAdder outOfOrder = new LongAdder();
    private final LongAdder serverCloses = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final AtomicLong lastDeliveryNanos = new AtomicLong();
    private final AtomicLong firstCloseCode = new AtomicLong(-1);

    /** Stats for {@code warmup} unmeasured events (k below warmup) followed by {@code events} measured ones. */
    DeliveryStats(int warmup, int events) {
        this.warmup = warmup;
        this.sentNanos = new AtomicLongArray(warmup + events);
    }

    /** Measured events. */
    int events() {
        return sentNanos.length() - warmup;
    }

    /** Warm-up events: published first, checked, but neither timed nor counted in the figures. */
    int warmup() {
        return warmup;
    }

    /** Warm-up and measured events: the range of k. */
    int total() {
        return sentNanos.length();
    }

    /** Records that event {@code k} is being posted at {@code nanos} (System.nanoTime). */
    void markSent(int k, long nanos) {
        sentNanos.set(k, nanos);
    }

    /** The System.nanoTime at which event {@code k} was posted, 0 if not yet. */
    long sentAt(int k) {
        return sentNanos.get(k);
    }

    /** A first delivery of event {@code k} to a client, received at {@code now}; true if it is a measured one. */
    boolean delivered(int k, long now) {
        if (k < warmup) {
            warmupUnique.increment();
            return false;
        }
        long sent = sentNanos.get(k);
        if (sent != 0) {
            latencyMicros.recordValue(Math.max(0, (now - sent) / 1000));
        }
        unique.increment();
        if (now > lastDeliveryNanos.get()) {
            lastDeliveryNanos.accumulateAndGet(now, Math::max);
        }
        return true;
    }

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

    /** Distinct warm-up deliveries. */
    long warmupUnique() {
        return warmupUnique.sum();
    }

    /** Distinct measured deliveries. */
    long unique() {
        return unique.sum();
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

    long firstCloseCode() {
        return firstCloseCode.get();
    }

    long errors() {
        return errors.sum();
    }

    long lastDeliveryNanos() {
        return lastDeliveryNanos.get();
    }

    /** The delivery latencies (microseconds) recorded since the previous call; call once, at the end. */
    Histogram latencyMicros() {
        return latencyMicros.getIntervalHistogram();
    }
}
