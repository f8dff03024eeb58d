package io.wsnotify.adapter.websocket;

/**
 * Where one connection is in its life: new (its lane has not taken the socket yet), open, closing
 * (its close is under way, the closing grace running), or gone. Lane-owned.
 */
final class ConnectionPhase {
    private enum Phase {
        NEW,
        OPEN,
        CLOSING,
        GONE
    }

    private Phase phase = Phase.NEW;
    private long closingSince;

    boolean isNew() {
        return phase == Phase.NEW;
    }

    boolean isOpen() {
        return phase == Phase.OPEN;
    }

    boolean isGone() {
        return phase == Phase.GONE;
    }

    /** Whether the socket may be written to: the lane has it, and it is not gone. */
    boolean isWritable() {
        return phase != Phase.NEW && phase != Phase.GONE;
    }

    void opened() {
        phase = Phase.OPEN;
    }

    /** Starts the closing grace; a connection not yet open stays new (and closes once it opens). */
    void beginClosing(long now) {
        if (phase != Phase.CLOSING) {
            phase = phase == Phase.NEW ? Phase.NEW : Phase.CLOSING;
            closingSince = now;
        }
    }

    /** Whether the connection has been closing for longer than {@code grace}. */
    boolean isClosingLongerThan(long grace, long now) {
        return phase == Phase.CLOSING && now - closingSince > grace;
    }

    /** Marks the connection gone; false when it was already. */
    boolean markGone() {
        if (phase == Phase.GONE) {
            return false;
        }
        phase = Phase.GONE;
        return true;
    }
}
