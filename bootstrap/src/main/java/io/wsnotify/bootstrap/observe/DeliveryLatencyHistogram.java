package io.wsnotify.bootstrap.observe;

import io.prometheus.client.Collector;
import io.wsnotify.application.live.DeliveryLatency;
import java.util.ArrayList;
import java.util.List;

/**
 * The core's delivery latency buckets as a true Prometheus histogram
 * ({@code notify_delivery_latency_seconds_bucket{le=…}}, {@code _sum}, {@code _count}).
 */
final class DeliveryLatencyHistogram extends Collector {
    static final String NAME = "notify_delivery_latency_seconds";

    private final DeliveryLatency latency;

    DeliveryLatencyHistogram(DeliveryLatency latency) {
        this.latency = latency;
    }

    @Override
    public List<MetricFamilySamples> collect() {
        long[] counts = latency.bucketCounts();
        List<MetricFamilySamples.Sample> samples = new ArrayList<>(counts.length + 2);
        long cumulative = 0;
        for (int i = 0; i < counts.length; i++) {
            cumulative += counts[i];
            String bound = i < DeliveryLatency.BOUNDS_SECONDS.length
                    ? doubleToGoString(DeliveryLatency.BOUNDS_SECONDS[i])
                    : "+Inf";
            samples.add(new MetricFamilySamples.Sample(NAME + "_bucket", List.of("le"), List.of(bound), cumulative));
        }
        samples.add(new MetricFamilySamples.Sample(NAME + "_count", List.of(), List.of(), cumulative));
        samples.add(new MetricFamilySamples.Sample(NAME + "_sum", List.of(), List.of(), latency.sumSeconds()));
        return List.of(new MetricFamilySamples(
                NAME,
                Type.HISTOGRAM,
                "Time from a notification's publication to its frame being written to a live client",
                samples));
    }
}
