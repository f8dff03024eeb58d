package io.wsnotify.application.live;

/**
 * Why the core ends a live connection, and the last seq it delivered, so the client can resume
 * with {@code since=lastDeliveredSeq} and lose nothing.
 */
public record EndReason(Kind kind, long lastDeliveredSeq) {
    /** The causes the core ends connections for. */
    public enum Kind {
        /** The connection fell too far behind (WebSocket close 1013). */
        SLOW_CONSUMER,
        /** The server is stopping (WebSocket close 1001). */
        SHUTDOWN,
        /** The server could not read the log for this connection (WebSocket close 1011). */
        SERVER_ERROR
    }

    /** Human-readable text naming the seq to resume from, short enough for a close frame. */
    public String description() {
        return switch (kind) {
            case SLOW_CONSUMER -> "slow consumer; resume with since=" + lastDeliveredSeq;
            case SHUTDOWN -> "server shutting down; resume with since=" + lastDeliveredSeq;
            case SERVER_ERROR -> "server error; resume with since=" + lastDeliveredSeq;
        };
    }
}
