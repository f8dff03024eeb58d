package io.wsnotify.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Send times, delivery latency histogram and counters shared by every benchmark client. Events are numbered k:
 * warm-up events first, then the measured ones, then those published while the clients were away (the resume
 * phase): the last are checked and counted, but not timed.
 */
final class DeliveryStats {

    private final AtomicLongArray sentNanos;
    private final int warmup;
    private final int resumeFrom;
    private final LongAdder warmupUnique = new LongAdder();
    private final LongAdder resumeUnique = new LongAdder();
    private final Recorder latencyMicros = new Recorder(3);
    private final LongAdder unique = new LongAdder();
    private final FaultCounts faults = new FaultCounts();
    private final AtomicLong lastDeliveryNanos = new AtomicLong();
    private final AtomicLong lastResumeNanos = new AtomicLong();

    /**
     * Stats for {@code warmup} unmeasured events (k below warmup), {@code events} measured ones, then
     * {@code resume} events published while the clients are disconnected.
     */
    DeliveryStats(int warmup, int events, int resume) {
        this.warmup = warmup;
        this.resumeFrom = warmup + events;
        this.sentNanos = new AtomicLongArray(warmup + events + resume);
    }

    /** Measured events. */
    int events() {
        return resumeFrom - warmup;
    }

    /** The first k of the events published while the clients are away. */
    int resumeFrom() {
        return resumeFrom;
    }

    /** Warm-up events: published first, checked, but neither timed nor counted in the figures. */
    int warmup() {
        return warmup;
    }

    /** Warm-up, measured and resume-phase events: the range of k. */
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
        if (k >= resumeFrom) {
            resumeUnique.increment();
            lastResumeNanos.accumulateAndGet(now, Math::max);
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

    /** The faults counted across every client. */
    FaultCounts faults() {
        return faults;
    }

    /** Distinct warm-up deliveries. */
    long warmupUnique() {
        return warmupUnique.sum();
    }

    /** Distinct deliveries of the events published while the clients were away. */
    long resumeUnique() {
        return resumeUnique.sum();
    }

    /** When the last of those arrived (System.nanoTime), 0 before any. */
    long lastResumeNanos() {
        return lastResumeNanos.get();
    }

    /** Distinct measured deliveries. */
    long unique() {
        return unique.sum();
    }

    long lastDeliveryNanos() {
        return lastDeliveryNanos.get();
    }

    /** The delivery latencies (microseconds) recorded since the previous call; call once, at the end. */
    Histogram latencyMicros() {
        return latencyMicros.getIntervalHistogram();
    }
}
