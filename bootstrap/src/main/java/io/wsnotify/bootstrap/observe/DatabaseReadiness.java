package io.wsnotify.bootstrap.observe;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import java.util.function.BooleanSupplier;

/** Readiness check: the node is ready only while its database answers (else /observe/health/ready is 503). */
public final class DatabaseReadiness implements HealthCheck {
    private static final System.Logger LOG = System.getLogger(DatabaseReadiness.class.getName());

    private final BooleanSupplier healthy;

    public DatabaseReadiness(BooleanSupplier healthy) {
        this.healthy = healthy;
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public HealthCheckResponse call() {
        boolean up;
        try {
            up = healthy.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Database health check failed", e);
            up = false;
        }
        return HealthCheckResponse.builder().status(up).build();
    }
}
