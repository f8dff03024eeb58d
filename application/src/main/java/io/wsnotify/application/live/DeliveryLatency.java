package io.wsnotify.application.live;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/** A fixed-bucket latency histogram (cumulative-friendly, Prometheus style), lock-free. */
public final class DeliveryLatency {
    /** Upper bounds of the buckets, in seconds; the last bucket is +Inf. */
    public static final double[] BOUNDS_SECONDS =
            {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final AtomicLongArray counts = new AtomicLongArray(BOUNDS_SECONDS.length + 1);
    private final LongAdder sumNanos = new LongAdder();

    void record(long nanos) {
        double seconds = nanos / 1e9;
        int bucket = 0;
        while (bucket < BOUNDS_SECONDS.length && seconds > BOUNDS_SECONDS[bucket]) {
            bucket++;
        }
        counts.incrementAndGet(bucket);
        sumNanos.add(nanos);
    }

    /** Count in each bucket (not cumulative); index {@code BOUNDS_SECONDS.length} is +Inf. */
    public long[] bucketCounts() {
        long[] copy = new long[counts.length()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = counts.get(i);
        }
        return copy;
    }

    public double sumSeconds() {
        return sumNanos.sum() / 1e9;
    }
}
