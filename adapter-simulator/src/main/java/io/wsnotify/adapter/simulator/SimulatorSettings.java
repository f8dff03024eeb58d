package io.wsnotify.adapter.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the device simulator: whether it runs, the range its random pauses are drawn from,
 * and the seed of its random generator (a fixed seed gives a repeatable sequence of devices).
 */
public record SimulatorSettings(boolean enabled, Duration minInterval, Duration maxInterval, long seed) {
    public SimulatorSettings {
        Objects.requireNonNull(minInterval, "minInterval");
        Objects.requireNonNull(maxInterval, "maxInterval");
        if (minInterval.isNegative() || minInterval.isZero()) {
            throw new IllegalArgumentException("minInterval must be positive, was " + minInterval);
        }
        if (maxInterval.compareTo(minInterval) < 0) {
            throw new IllegalArgumentException(
                    "maxInterval (" + maxInterval + ") must not be shorter than minInterval (" + minInterval + ")");
        }
    }

    /** The seed's behaviour: on, a random device every 1 to 60 seconds. */
    public static SimulatorSettings defaults(long seed) {
        return new SimulatorSettings(true, Duration.ofSeconds(1), Duration.ofSeconds(60), seed);
    }
}
