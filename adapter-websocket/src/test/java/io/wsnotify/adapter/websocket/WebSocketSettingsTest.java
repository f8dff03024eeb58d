package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebSocketSettingsTest {
    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void defaultsMatchTheDesign() {
        WebSocketSettings defaults = WebSocketSettings.defaults();
        assertEquals(List.of("*"), defaults.allowedOrigins());
        assertEquals(20_000, defaults.maxConnections());
        assertEquals(4096, defaults.maxFrameBytes());
        assertEquals(Duration.ofSeconds(30), defaults.pingInterval());
        assertEquals(Duration.ofSeconds(20), defaults.pongTimeout());
        assertTrue(defaults.anyOrigin());
    }

    @Test
    void aListOfOriginsIsNotAnyOrigin() {
        assertFalse(new WebSocketSettings(List.of("https://app.example"), 1, 4096, SECOND, SECOND).anyOrigin());
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new WebSocketSettings(List.of(), 1, 4096, SECOND, SECOND));
        assertThrows(
                IllegalArgumentException.class, () -> new WebSocketSettings(List.of(" "), 1, 4096, SECOND, SECOND));
        assertThrows(
                IllegalArgumentException.class, () -> new WebSocketSettings(List.of("*"), 0, 4096, SECOND, SECOND));
        assertThrows(IllegalArgumentException.class, () -> new WebSocketSettings(List.of("*"), 1, 10, SECOND, SECOND));
        assertThrows(
                IllegalArgumentException.class,
                () -> new WebSocketSettings(List.of("*"), 1, 4096, Duration.ZERO, SECOND));
        assertThrows(IllegalArgumentException.class, () -> new WebSocketSettings(List.of("*"), 1, 4096, SECOND, null));
    }

    @Test
    void heartbeatTicksSeveralTimesPerIntervalButAtMostOncePerSecond() {
        assertEquals(
                Duration.ofSeconds(1).toNanos(),
                HeartbeatTiming.of(WebSocketSettings.defaults()).tick());
        HeartbeatTiming fast = HeartbeatTiming.of(
                new WebSocketSettings(List.of("*"), 1, 4096, Duration.ofMillis(200), Duration.ofMillis(600)));
        assertEquals(Duration.ofMillis(50).toNanos(), fast.tick());
    }
}
