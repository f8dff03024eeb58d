package io.wsnotify.bootstrap.observe;

import io.helidon.metrics.api.FunctionalCounter;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;
import io.wsnotify.application.access.AccessRefusals;
import io.wsnotify.application.access.Denial;
import io.wsnotify.application.live.DeliveryLatency;
import io.wsnotify.application.live.LiveStats;
import io.wsnotify.domain.TokenProblem;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.ToLongFunction;

/**
 * Registers the service's own meters, read from the core and the transports when scraped:
 * {@code notify_connections{transport}}, {@code notify_notifications_published_total},
 * {@code notify_deliveries_total}, {@code notify_slow_consumer_disconnects_total},
 * {@code notify_failed_sends_total}, {@code notify_auth_refused_total{reason}} and the
 * {@code notify_delivery_latency_seconds} histogram.
 *
 * <p>{@link #close()} unregisters the histogram, which lives beside Helidon's meters in the
 * Prometheus registry (shared by every application started in one JVM).
 */
public final class NotifyMeters implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(NotifyMeters.class.getName());

    private final MeterRegistry registry;
    private Runnable unregisterHistogram = () -> {};

    public NotifyMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Gauge of open live connections of one transport ({@code websocket} or {@code sse}). */
    public void connections(String transport, IntSupplier open) {
        registry.getOrCreate(Gauge.builder("notify_connections", open, supplier -> supplier.getAsInt())
                .tags(List.of(Tag.create("transport", transport)))
                .description("Open live connections"));
    }

    /** Counters and latency histogram of the core's live fan-out. */
    public void liveStats(LiveStats stats) {
        counter(
                "notify_notifications_published",
                "Notifications published to live subscribers",
                stats,
                LiveStats::published);
        counter("notify_deliveries", "Frames written to live clients", stats, LiveStats::deliveries);
        counter(
                "notify_slow_consumer_disconnects",
                "Connections closed because their queue overflowed",
                stats,
                LiveStats::slowConsumerDisconnects);
        counter(
                "notify_failed_replays",
                "Replays of the log ended by a server error (closed with 1011)",
                stats,
                LiveStats::failedReplays);
        latency(stats.latency());
    }

    /**
     * {@code notify_auth_refused_total{reason}}: requests refused by the access policy, one series per
     * reason (401s: {@code missing}, {@code expired}, {@code bad_signature}…; 403s: {@code missing_scope},
     * {@code wrong_subject}, {@code topic_not_allowed}), each present from the start at 0.
     */
    public void accessRefusals(AccessRefusals refusals) {
        for (TokenProblem problem : TokenProblem.values()) {
            refused(problem.label(), refusals, r -> r.unauthorized(problem));
        }
        for (Denial denial : Denial.values()) {
            refused(denial.label(), refusals, r -> r.forbidden(denial));
        }
    }

    private void refused(String reason, AccessRefusals refusals, ToLongFunction<AccessRefusals> count) {
        registry.getOrCreate(FunctionalCounter.builder("notify_auth_refused", refusals, r -> count.applyAsLong(r))
                .tags(List.of(Tag.create("reason", reason)))
                .description("Requests refused by the access policy, by reason"));
    }

    private void counter(String name, String description, LiveStats stats, ToLongFunction<LiveStats> count) {
        registry.getOrCreate(FunctionalCounter.builder(name, stats, s -> count.applyAsLong(s))
                .description(description));
    }

    private void latency(DeliveryLatency latency) {
        var prometheus = PrometheusRegistries.of(registry);
        if (prometheus.isPresent()) {
            DeliveryLatencyHistogram histogram = new DeliveryLatencyHistogram(latency).register(prometheus.get());
            unregisterHistogram = () -> prometheus.get().unregister(histogram);
            return;
        }
        LOG.log(System.Logger.Level.INFO, "No Prometheus registry found: delivery latency exported as bucket gauges");
        for (int i = 0; i <= DeliveryLatency.BOUNDS_SECONDS.length; i++) {
            int bucket = i;
            String bound = i < DeliveryLatency.BOUNDS_SECONDS.length
                    ? Double.toString(DeliveryLatency.BOUNDS_SECONDS[i])
                    : "+Inf";
            registry.getOrCreate(Gauge.builder(
                            DeliveryLatencyHistogram.NAME + "_bucket",
                            latency,
                            l -> cumulative(l.bucketCounts(), bucket))
                    .tags(List.of(Tag.create("le", bound))));
        }
    }

    @Override
    public void close() {
        unregisterHistogram.run();
    }

    private static double cumulative(long[] counts, int upTo) {
        long sum = 0;
        for (int i = 0; i <= upTo; i++) {
            sum += counts[i];
        }
        return sum;
    }
}
