package io.wsnotify.client;

import java.time.Duration;
import java.util.Objects;

/**
 * What happened to the client's connection: for diagnostics (the {@code listen} command prints
 * them). Reported on the callback thread, in order with the notifications around it.
 *
 * @param kind    what happened
 * @param seq     {@link Kind#CONNECTED}: the seq the stream resumed after; otherwise the seq the next
 *                attempt will resume after
 * @param code    {@link Kind#DISCONNECTED}: the WebSocket close code (1001, 1013…; 1006 when the
 *                connection dropped without a close frame), or -1 when the client gave it up (a
 *                silent server) or it failed; -1 for the other kinds
 * @param detail  the close reason or the failure, for people (may be empty)
 * @param retryIn how long until the next attempt ({@link Duration#ZERO} for an immediate resume);
 *                zero for {@link Kind#CONNECTED}
 */
public record ConnectionEvent(Kind kind, long seq, int code, String detail, Duration retryIn) {
    /** Checks that every field is present. */
    public ConnectionEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(retryIn, "retryIn");
    }

    /** The kinds of connection events. */
    public enum Kind {
        /** A WebSocket handshake succeeded and the stream is live. */
        CONNECTED,
        /** An open connection ended (closed by the server, dropped, or the server fell silent). */
        DISCONNECTED,
        /** An attempt to connect failed (server unreachable, not ready, timed out): another follows. */
        CONNECT_FAILED
    }
}
