package io.wsnotify.domain;

import static io.wsnotify.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityTest {

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void taskIdRefusesZeroAndNegatives(long value) {
        assertRefused("id", () -> new TaskId(value));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void deviceIdRefusesZeroAndNegatives(long value) {
        assertRefused("id", () -> new DeviceId(value));
    }

    @Test
    void idsAcceptOneAndTheLargestLong() {
        assertEquals(1, new TaskId(1).value());
        assertEquals(Long.MAX_VALUE, new DeviceId(Long.MAX_VALUE).value());
    }

    @Test
    void idsAreValues() {
        assertEquals(new TaskId(7), new TaskId(7));
        assertEquals(new DeviceId(7), new DeviceId(7));
    }

    @Test
    void notFoundNamesResourceAndId() {
        NotFoundException task = NotFoundException.task(new TaskId(11));
        assertEquals("task", task.resource());
        assertEquals(11, task.id());
        assertEquals("task 11 not found", task.getMessage());
        NotFoundException device = NotFoundException.device(new DeviceId(3));
        assertEquals("device", device.resource());
        assertEquals(3, device.id());
    }

    @Test
    void invalidValueSeparatesFieldFromReason() {
        InvalidValueException refused = new InvalidValueException("limit", "must be between 1 and 1000");
        assertEquals("limit", refused.field());
        assertEquals("must be between 1 and 1000", refused.reason());
        assertEquals("limit: must be between 1 and 1000", refused.getMessage());
    }
}
