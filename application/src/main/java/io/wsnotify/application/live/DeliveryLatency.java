package io.wsnotify.application.live;

import java.util.concurrent.atomic.LongAdder;

/**
 * A fixed-bucket latency histogram (cumulative-friendly, Prometheus style), lock-free. Buckets are
 * {@link LongAdder}s: every delivery records here, from several threads at once.
 */
public final class DeliveryLatency {
    /** Upper bounds of the buckets, in seconds; the last bucket is +Inf. */
    public static final double[] BOUNDS_SECONDS = {
        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10
    };

    private static final long[] BOUNDS_NANOS = new long[BOUNDS_SECONDS.length];

    static {
        for (int i = 0; i < BOUNDS_SECONDS.length; i++) {
            BOUNDS_NANOS[i] = Math.round(BOUNDS_SECONDS[i] * 1e9);
        }
    }

    private final LongAdder[] counts = new LongAdder[BOUNDS_SECONDS.length + 1];
    private final LongAdder sumNanos = new LongAdder();

    public DeliveryLatency() {
        for (int i = 0; i < counts.length; i++) {
            counts[i] = new LongAdder();
        }
    }

    void record(long nanos) {
        int bucket = 0;
        while (bucket < BOUNDS_NANOS.length && nanos > BOUNDS_NANOS[bucket]) {
            bucket++;
        }
        counts[bucket].increment();
        sumNanos.add(nanos);
    }

    /** Count in each bucket (not cumulative); index {@code BOUNDS_SECONDS.length} is +Inf. */
    public long[] bucketCounts() {
        long[] copy = new long[counts.length];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = counts[i].sum();
        }
        return copy;
    }

    public double sumSeconds() {
        return sumNanos.sum() / 1e9;
    }
}
