package io.wsnotify.application.live;

/**
 * Why the core ends a live connection, and the last seq it delivered, so the client can resume.
 *
 * @param sendInFlight a frame was still being written when the connection ended (the peer stopped
 *                     reading): the peer may yet receive that frame, after {@code lastDeliveredSeq}.
 *                     The transport must then drop the connection without a final message, so the
 *                     client resumes from the last seq it really saw, never from a stale one.
 */
public record EndReason(Kind kind, long lastDeliveredSeq, boolean sendInFlight) {
    /** An end with no send in flight: the seq named is exact. */
    public EndReason(Kind kind, long lastDeliveredSeq) {
        this(kind, lastDeliveredSeq, false);
    }

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
