package io.wsnotify.adapter.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.domain.DeviceId;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.NotificationType;
import io.wsnotify.domain.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeviceSimulatorTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int TOGGLES = 25;

    private static SimulatorSettings fast(long seed) {
        return new SimulatorSettings(true, Duration.ofMillis(1), Duration.ofMillis(3), seed);
    }

    @Test
    void eachToggleIsADeviceNotificationWithTheSeedText() throws Exception {
        try (CoreUnderTest app = new CoreUnderTest()) {
            DeviceSimulator simulator = new DeviceSimulator(app.core().devices(), fast(42));
            simulator.start();
            assertTrue(app.awaitFrames(TOGGLES, TIMEOUT), "simulator should toggle " + TOGGLES + " times");
            simulator.close();

            Map<String, Boolean> online = new HashMap<>();
            for (int i = 1; i <= 10; i++) {
                online.put("/devices/" + i, i % 2 == 1);
            }
            List<Notification> log = app.log();
            assertTrue(log.size() >= TOGGLES);
            for (Notification notification : log) {
                var content = notification.content();
                boolean nowOnline = !online.get(content.url());
                online.put(content.url(), nowOnline);
                long id = Long.parseLong(content.url().substring("/devices/".length()));
                String name = app.core().devices().get(new DeviceId(id)).value().name();
                String state = nowOnline ? "online" : "offline";
                assertEquals(Topic.DEVICES, content.topic());
                assertEquals("device." + state, content.event());
                assertEquals("Device " + name + " is now " + state, content.message());
                assertEquals(nowOnline ? NotificationType.INFO : NotificationType.ALERT, content.type());
            }
        }
    }

    @Test
    void sameSeedTogglesTheSameDevicesInTheSameOrder() throws Exception {
        assertEquals(toggledDevices(7), toggledDevices(7));
    }

    @Test
    void anotherSeedTogglesAnotherSequence() throws Exception {
        assertNotEquals(toggledDevices(7), toggledDevices(8));
    }

    @Test
    void closeStopsToggling() throws Exception {
        try (CoreUnderTest app = new CoreUnderTest()) {
            DeviceSimulator simulator = new DeviceSimulator(app.core().devices(), fast(1));
            simulator.start();
            assertTrue(app.awaitFrames(3, TIMEOUT));
            simulator.close();
            int logged = app.log().size();
            while (app.anyFrameWithin(Duration.ZERO)) {
                // drain frames of toggles that finished before close returned
            }
            assertFalse(app.anyFrameWithin(Duration.ofMillis(200)), "no toggle after close");
            assertEquals(logged, app.log().size());
        }
    }

    @Test
    void keepsTogglingAfterAFailedToggle() throws Exception {
        FailingDeviceRepository[] failing = new FailingDeviceRepository[1];
        try (CoreUnderTest app = new CoreUnderTest(real -> failing[0] = new FailingDeviceRepository(real, 3));
                DeviceSimulator simulator = new DeviceSimulator(app.core().devices(), fast(3))) {
            simulator.start();
            assertTrue(app.awaitFrames(5, TIMEOUT), "toggles go on after failures");
            assertTrue(failing[0].failuresLeft() <= 0);
        }
    }

    @Test
    void disabledSimulatorTogglesNothing() throws Exception {
        try (CoreUnderTest app = new CoreUnderTest();
                DeviceSimulator simulator = new DeviceSimulator(
                        app.core().devices(),
                        new SimulatorSettings(false, Duration.ofMillis(1), Duration.ofMillis(1), 1))) {
            simulator.start();
            assertFalse(app.anyFrameWithin(Duration.ofMillis(100)));
            assertTrue(app.log().isEmpty());
        }
    }

    @Test
    void startsOnlyOnce() {
        try (CoreUnderTest app = new CoreUnderTest();
                DeviceSimulator simulator = new DeviceSimulator(app.core().devices(), fast(1))) {
            simulator.start();
            assertThrows(IllegalStateException.class, simulator::start);
        }
    }

    private static List<String> toggledDevices(long seed) throws Exception {
        try (CoreUnderTest app = new CoreUnderTest()) {
            DeviceSimulator simulator = new DeviceSimulator(app.core().devices(), fast(seed));
            simulator.start();
            boolean toggled = app.awaitFrames(TOGGLES, TIMEOUT);
            simulator.close();
            assertTrue(toggled);
            return app.log().stream().limit(TOGGLES).map(n -> n.content().url()).toList();
        }
    }
}
