package io.wsnotify.adapter.websocket;

/**
 * Where one connection is in its life (open, closing, gone) and when its client was last heard
 * from: what the {@link Heartbeat} judges it by. Any frame from the client counts as an answer to
 * a ping. Times are {@link System#nanoTime()} values. Thread-safe.
 */
final class ConnectionState {
    private static final int OPEN = 0;
    private static final int CLOSING = 1;
    private static final int GONE = 2;
    private static final long NOT_PINGED = Long.MIN_VALUE;

    private volatile int phase = OPEN;
    private volatile long closingSince;
    private volatile long lastHeard = System.nanoTime();
    private volatile long pingedAt = NOT_PINGED;

    boolean isOpen() {
        return phase == OPEN;
    }

    boolean isClosing() {
        return phase == CLOSING;
    }

    /** Open to closing; false if it was not open. */
    synchronized boolean beginClosing() {
        if (phase != OPEN) {
            return false;
        }
        closingSince = System.nanoTime();
        phase = CLOSING;
        return true;
    }

    /** To gone; false if it already was. */
    synchronized boolean end() {
        if (phase == GONE) {
            return false;
        }
        phase = GONE;
        return true;
    }

    /** The client sent something. */
    void heard() {
        lastHeard = System.nanoTime();
        pingedAt = NOT_PINGED;
    }

    void pinged(long now) {
        pingedAt = now;
    }

    /** Silent for {@code pingAfter} and no ping out yet. */
    boolean needsPing(long now, long pingAfter) {
        return pingedAt == NOT_PINGED && now - lastHeard >= pingAfter;
    }

    /** A ping has gone unanswered for longer than {@code pongWithin}. */
    boolean missedPong(long now, long pongWithin) {
        long sent = pingedAt;
        return sent != NOT_PINGED && now - sent > pongWithin;
    }

    /** Closing for longer than {@code grace}. */
    boolean closeOverdue(long now, long grace) {
        return phase == CLOSING && now - closingSince > grace;
    }
}
