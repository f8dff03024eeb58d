package io.wsnotify.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.application.testing.TestResourceData;
import io.wsnotify.domain.Device;
import io.wsnotify.domain.DeviceId;
import io.wsnotify.domain.NotFoundException;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.NotificationType;
import io.wsnotify.domain.Topic;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeviceUseCasesTest {
    private final UseCaseFixture core = new UseCaseFixture();
    private Device offline;

    @BeforeEach
    void addAnOfflineDevice() {
        offline = core.store.deviceRepository().add("Device U3", false, UseCaseFixture.START);
    }

    @Test
    void goingOnlineLogsAnInfo() {
        core.clock.advance(Duration.ofSeconds(30));
        Recorded<Device> reported = core.devices.report(offline.id(), true);
        assertTrue(reported.value().online());
        assertEquals(UseCaseFixture.START.plusSeconds(30), reported.value().updatedAt());
        Notification n = reported.notification();
        assertEquals("Device Device U3 is now online", n.content().message());
        assertEquals(NotificationType.INFO, n.content().type());
        assertEquals(Topic.DEVICES, n.topic());
        assertEquals("device.online", n.content().event());
        assertEquals("/devices/" + offline.id().value(), n.content().url());
        assertEquals(
                TestResourceData.INSTANCE.device(reported.value()), n.content().data());
        assertEquals(List.of(n.seq()), core.notifier.published());
    }

    @Test
    void goingOfflineLogsAnAlert() {
        core.devices.report(offline.id(), true);
        Notification n = core.devices.report(offline.id(), false).notification();
        assertEquals("Device Device U3 is now offline", n.content().message());
        assertEquals(NotificationType.ALERT, n.content().type());
        assertEquals("device.offline", n.content().event());
        assertEquals(2, n.seq());
    }

    @Test
    void anUnchangedReportStoresNothingAndLogsNothing() {
        core.clock.advance(Duration.ofSeconds(30));
        Recorded<Device> reported = core.devices.report(offline.id(), false);
        assertNull(reported.notification());
        assertEquals(0, reported.recipients());
        assertEquals(offline, reported.value());
        assertEquals(offline, core.devices.get(offline.id()).value());
        assertEquals(List.of(), core.logged());
        assertEquals(List.of(), core.notifier.published());
    }

    @Test
    void toggleFlipsAndAlwaysNotifies() {
        assertTrue(core.devices.toggle(offline.id()).value().online());
        Recorded<Device> back = core.devices.toggle(offline.id());
        assertFalse(back.value().online());
        assertEquals("device.offline", back.notification().content().event());
        assertEquals(2, core.logged().size());
    }

    @Test
    void unknownDevicesAreNotFoundAndLogNothing() {
        DeviceId unknown = new DeviceId(42);
        NotFoundException missing = assertThrows(NotFoundException.class, () -> core.devices.report(unknown, true));
        assertEquals("device", missing.resource());
        assertEquals(42, missing.id());
        assertThrows(NotFoundException.class, () -> core.devices.toggle(unknown));
        assertThrows(NotFoundException.class, () -> core.devices.get(unknown));
        assertEquals(List.of(), core.logged());
        assertEquals(List.of(), core.notifier.published());
    }

    @Test
    void listAndGetCarryTheNewestSeq() {
        core.devices.toggle(offline.id());
        core.devices.toggle(offline.id());
        assertEquals(2, core.devices.list().seq());
        assertEquals(
                List.of(core.devices.get(offline.id()).value()),
                core.devices.list().value());
        assertEquals(2, core.devices.get(offline.id()).seq());
    }
}
