package io.wsnotify.bootstrap;

import io.wsnotify.adapter.simulator.SimulatorSettings;
import java.time.Duration;
import java.util.SplittableRandom;

/** Reads {@code notify.simulator.*}; an empty seed picks a fresh one at each start. */
final class SimulatorSettingsReader {
    private SimulatorSettingsReader() {}

    static SimulatorSettings read(ConfigReader config) {
        boolean enabled = config.bool("notify.simulator.enabled");
        Duration min = config.positiveDuration("notify.simulator.min-interval");
        Duration max = config.positiveDuration("notify.simulator.max-interval");
        long seed = config.optionalLong("notify.simulator.seed").orElseGet(() -> new SplittableRandom().nextLong());
        if (max.compareTo(min) < 0) {
            throw new ConfigurationException(
                    "notify.simulator.max-interval",
                    max + " is shorter than notify.simulator.min-interval (" + min + ")");
        }
        return new SimulatorSettings(enabled, min, max, seed);
    }
}
