package io.wsnotify.bootstrap.observe;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;
import io.wsnotify.adapter.http.RequestObserver;
import java.util.List;

/** Counts HTTP requests by method, route template and status: {@code notify_http_requests_total}. */
public final class HttpRequestMeter implements RequestObserver {
    private final MeterRegistry registry;

    public HttpRequestMeter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void observed(String method, String route, int status, long durationNanos) {
        registry.getOrCreate(Counter.builder("notify_http_requests")
                        .description("HTTP requests answered, by method, route template and status")
                        .tags(List.of(
                                Tag.create("method", method),
                                Tag.create("route", route),
                                Tag.create("status", Integer.toString(status)))))
                .increment();
    }
}
