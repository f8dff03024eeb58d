package io.wsnotify.application.live;

import java.util.concurrent.atomic.LongAdder;

/** Counters of the live fan-out, read by the metrics adapter. Thread-safe and cheap to update. */
public final class LiveStats {
    private final LongAdder published = new LongAdder();
    private final LongAdder deliveries = new LongAdder();
    private final LongAdder slowConsumerDisconnects = new LongAdder();
    private final LongAdder failedReplays = new LongAdder();
    private final DeliveryLatency latency = new DeliveryLatency();

    void countPublished(int notifications) {
        published.add(notifications);
    }

    /** A frame was written to a connection; live ones (from the follower) also count for latency. */
    void countDelivered(Frame<?> frame) {
        deliveries.increment();
        if (frame.publishedNanos() != 0) {
            latency.record(System.nanoTime() - frame.publishedNanos());
        }
    }

    void countSlowConsumerDisconnect() {
        slowConsumerDisconnects.increment();
    }

    /** A connection's replay failed on a server error. */
    void countFailedReplay() {
        failedReplays.increment();
    }

    public long published() {
        return published.sum();
    }

    public long deliveries() {
        return deliveries.sum();
    }

    public long slowConsumerDisconnects() {
        return slowConsumerDisconnects.sum();
    }

    /** Replays ended by a server error (the connection was closed with 1011). */
    public long failedReplays() {
        return failedReplays.sum();
    }

    /** Time from the follower reading a notification to its frame being written, for live (not replayed) ones. */
    public DeliveryLatency latency() {
        return latency;
    }
}
