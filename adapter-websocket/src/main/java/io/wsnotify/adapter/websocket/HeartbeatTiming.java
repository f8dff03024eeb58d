package io.wsnotify.adapter.websocket;

import java.time.Duration;

/**
 * The heartbeat's clock, in {@link System#nanoTime()} units.
 *
 * @param pingAfter  silence (nothing received) after which a connection is pinged
 * @param pongWithin time a pinged connection has to send anything back
 * @param closeGrace time a closing connection has to finish the close before its socket is dropped
 * @param tick       how often the heartbeat looks at every connection
 */
record HeartbeatTiming(long pingAfter, long pongWithin, long closeGrace, long tick) {
    private static final long MIN_TICK = Duration.ofMillis(10).toNanos();
    private static final long MAX_TICK = Duration.ofSeconds(1).toNanos();

    static HeartbeatTiming of(WebSocketSettings settings) {
        long ping = settings.pingInterval().toNanos();
        long pong = settings.pongTimeout().toNanos();
        long tick = Math.clamp(Math.min(ping, pong) / 4, MIN_TICK, MAX_TICK);
        return new HeartbeatTiming(ping, pong, pong, tick);
    }
}
