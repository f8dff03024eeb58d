package io.wsnotify.application.live;

import java.util.concurrent.atomic.LongAdder;

/** Counters of the live fan-out, read by the metrics adapter. Thread-safe and cheap to update. */
public final class LiveStats {
    private final LongAdder published = new LongAdder();
    private final LongAdder deliveries = new LongAdder();
    private final LongAdder slowConsumerDisconnects = new LongAdder();
    private final LongAdder failedSends = new LongAdder();
    private final DeliveryLatency latency = new DeliveryLatency();

    void countPublished() {
        published.increment();
    }

    void countDelivered(long latencyNanos) {
        deliveries.increment();
        latency.record(latencyNanos);
    }

    void countSlowConsumerDisconnect() {
        slowConsumerDisconnects.increment();
    }

    void countFailedSend() {
        failedSends.increment();
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

    public long failedSends() {
        return failedSends.sum();
    }

    /** Time from publication to the frame being written, for live (not replayed) deliveries. */
    public DeliveryLatency latency() {
        return latency;
    }
}
