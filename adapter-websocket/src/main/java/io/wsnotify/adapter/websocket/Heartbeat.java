package io.wsnotify.adapter.websocket;

import java.time.Duration;

/**
 * When one connection last heard from its client, and whether it has been pinged since. Stepped on
 * the connection's {@link IoLane}; {@link #idleTime} may be read by any thread.
 */
final class Heartbeat {
    private volatile long lastHeard = System.nanoTime();
    private long pingedAt;

    /** The client sent something: any frame answers a ping. */
    void heard(long now) {
        lastHeard = now;
        pingedAt = 0;
    }

    void pinged(long now) {
        pingedAt = now;
    }

    /** Whether a ping went unanswered for longer than {@code timing} allows. */
    boolean isUnanswered(long now, HeartbeatTiming timing) {
        return pingedAt != 0 && now - pingedAt > timing.pongWithin();
    }

    /** Whether the client has been quiet long enough to be pinged, and is not waiting on a ping already. */
    boolean isPingDue(long now, HeartbeatTiming timing) {
        return pingedAt == 0 && now - lastHeard >= timing.pingAfter();
    }

    Duration idleTime() {
        return Duration.ofNanos(System.nanoTime() - lastHeard);
    }
}
