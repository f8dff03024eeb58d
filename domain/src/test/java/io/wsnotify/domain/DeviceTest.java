package io.wsnotify.domain;

import static io.wsnotify.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeviceTest {
    private static final Instant THEN = Instant.parse("2026-11-27T10:00:00Z");
    private static final Device OFFLINE = new Device(new DeviceId(3), "Device U3", false, THEN);

    @Test
    void reportingTheOtherStateIsAChange() {
        assertTrue(OFFLINE.changesWith(true));
        assertFalse(OFFLINE.changesWith(false));
    }

    @Test
    void reportKeepsIdentityAndNameAndStampsTheTime() {
        Instant now = THEN.plusSeconds(5);
        assertEquals(new Device(new DeviceId(3), "Device U3", true, now), OFFLINE.report(true, now));
    }

    @Test
    void refusesBlankName() {
        assertRefused("name", () -> new Device(new DeviceId(1), " ", true, THEN));
        assertRefused("name", () -> new Device(new DeviceId(1), null, true, THEN));
    }

    @Test
    void refusesMissingIdOrTime() {
        assertThrows(NullPointerException.class, () -> new Device(null, "d", true, THEN));
        assertThrows(NullPointerException.class, () -> new Device(new DeviceId(1), "d", true, null));
    }
}
