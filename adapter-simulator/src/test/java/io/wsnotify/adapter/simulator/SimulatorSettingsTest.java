package io.wsnotify.adapter.simulator;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulatorSettingsTest {
    @Test
    void acceptsEqualBounds() {
        assertDoesNotThrow(() -> new SimulatorSettings(true, Duration.ofSeconds(5), Duration.ofSeconds(5), 1));
    }

    @Test
    void rejectsMaxShorterThanMin() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> new SimulatorSettings(true, Duration.ofSeconds(2), Duration.ofSeconds(1), 1));
        assertTrue(e.getMessage().contains("maxInterval"));
    }

    @Test
    void rejectsZeroOrNegativeMin() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new SimulatorSettings(true, Duration.ZERO, Duration.ofSeconds(1), 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> new SimulatorSettings(true, Duration.ofSeconds(-1), Duration.ofSeconds(1), 1));
    }

    @Test
    void rejectsMissingIntervals() {
        assertThrows(NullPointerException.class, () -> new SimulatorSettings(true, null, Duration.ofSeconds(1), 1));
    }
}
