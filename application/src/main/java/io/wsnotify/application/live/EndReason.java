package io.wsnotify.application.live;

/** Why the core ends a live connection, and the last seq it delivered, so the client can resume. */
public record EndReason(Kind kind, long lastDeliveredSeq) {
    /** The causes the core ends connections for. */
    public enum Kind {
        /** The connection's outbound queue overflowed (WebSocket close 1013). */
        SLOW_CONSUMER,
        /** The server is stopping (WebSocket close 1001). */
        SHUTDOWN
    }

    /** Human-readable text naming the seq to resume from, short enough for a close frame. */
    public String description() {
        return switch (kind) {
            case SLOW_CONSUMER -> "slow consumer; resume with since=" + lastDeliveredSeq;
            case SHUTDOWN -> "server shutting down; resume with since=" + lastDeliveredSeq;
        };
    }
}
