package io.wsnotify.bootstrap.observe;

import io.helidon.metrics.api.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.prometheus.client.CollectorRegistry;
import java.util.Optional;

/** Finds the Prometheus collector registry behind Helidon's meter registry, for collectors of our own. */
@SuppressWarnings("deprecation") // Helidon 4.5 serves Prometheus text through the simpleclient-based registry
final class PrometheusRegistries {
    private PrometheusRegistries() {}

    static Optional<CollectorRegistry> of(MeterRegistry registry) {
        try {
            Object backing = registry.unwrap(io.micrometer.core.instrument.MeterRegistry.class);
            if (backing instanceof PrometheusMeterRegistry prometheus) {
                return Optional.of(prometheus.getPrometheusRegistry());
            }
            if (backing instanceof CompositeMeterRegistry composite) {
                return composite.getRegistries().stream()
                        .filter(PrometheusMeterRegistry.class::isInstance)
                        .map(r -> ((PrometheusMeterRegistry) r).getPrometheusRegistry())
                        .findFirst();
            }
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
