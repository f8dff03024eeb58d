package io.wsnotify.client;

/**
 * Notices a server that fell silent on an open connection: after {@code idle} without any frame
 * (not even one of the server's pings) it asks for an application ping, and when nothing at all
 * arrives within {@code timeout} after that, it gives the connection up. While the client itself
 * holds back reading (its callbacks are behind), silence is not the server's fault and is not
 * counted. Times are {@link System#nanoTime()} values.
 */
final class SilenceWatch {
    /** What the connection should do now. */
    enum Action {
        NOTHING,
        PING,
        GIVE_UP
    }

    private final long idleNanos;
    private final long timeoutNanos;
    private long lastHeard;
    private long pingSent;
    private boolean pinged;
    private boolean paused;

    SilenceWatch(long idleNanos, long timeoutNanos, long now) {
        this.idleNanos = idleNanos;
        this.timeoutNanos = timeoutNanos;
        this.lastHeard = now;
    }

    /** Any frame arrived. */
    synchronized void heard(long now) {
        lastHeard = now;
        pinged = false;
    }

    /** The client stopped reading until its callbacks catch up. */
    synchronized void paused() {
        paused = true;
    }

    /** The client reads again: silence counts from now. */
    synchronized void resumed(long now) {
        paused = false;
        heard(now);
    }

    synchronized Action check(long now) {
        if (paused) {
            return Action.NOTHING;
        }
        if (pinged) {
            return now - pingSent >= timeoutNanos ? Action.GIVE_UP : Action.NOTHING;
        }
        if (now - lastHeard >= idleNanos) {
            pinged = true;
            pingSent = now;
            return Action.PING;
        }
        return Action.NOTHING;
    }
}
