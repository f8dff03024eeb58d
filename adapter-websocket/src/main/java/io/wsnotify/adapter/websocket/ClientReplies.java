package io.wsnotify.adapter.websocket;

import io.wsnotify.wire.WebSocketFrames;
import java.nio.charset.StandardCharsets;

/**
 * How a connection answers what its client sends: pings and {@code {"op":"ping"}} with pongs, a
 * close with a close, a broken rule by failing the connection. Runs on the connection's
 * {@link IoLane}, which feeds it the bytes.
 */
final class ClientReplies implements ClientFrameListener {
    private static final byte[] PONG_MESSAGE = ClientMessages.PONG.getBytes(StandardCharsets.UTF_8);

    private final WebSocketConnection connection;
    private final ConnectionPhase phase;
    private final ControlFrames control;
    private final ClosingHandshake closing;

    ClientReplies(
            WebSocketConnection connection, ConnectionPhase phase, ControlFrames control, ClosingHandshake closing) {
        this.connection = connection;
        this.phase = phase;
        this.control = control;
        this.closing = closing;
    }

    /** Answers {@code {"op":"ping"}}; while an answer still waits to be written, a further ping needs no other. */
    @Override
    public void text(String message) {
        if (phase.isOpen() && ClientMessages.isPing(message) && !control.hasUnsent(WebSocketFrames.TEXT)) {
            control.add(WebSocketFrames.TEXT, PONG_MESSAGE);
            connection.pump();
        }
    }

    @Override
    public void binary(int length) {
        // ignored: clients only ever need to say {"op":"ping"}
    }

    /**
     * Answers a ping with its payload. A pong not yet begun gives way to this one (RFC 6455 §5.5.3
     * allows answering the most recent ping only), so a client that pings without reading never
     * makes the answers pile up.
     */
    @Override
    public void ping(byte[] payload) {
        if (phase.isOpen()) {
            control.replaceUnsent(WebSocketFrames.PONG, payload);
            connection.pump();
        }
    }

    @Override
    public void pong() {
        // any frame counts as an answer to a ping (the connection's heartbeat heard it)
    }

    /**
     * The client's close: answered with the same code unless the server's close is already out or
     * queued, in which case the handshake is complete once that is written and the socket goes.
     */
    @Override
    public void close(int code, String reason) {
        if (closing.dropOnceCloseIsOut()) {
            return;
        }
        closing.closeWith(code == CloseCodes.NO_STATUS ? CloseCodes.NORMAL : code, "", true);
    }

    /** A broken rule: close with {@code code}, or, when the server's close is already on its way, just drop once it is out. */
    @Override
    public void fail(int code, String reason) {
        if (closing.dropOnceCloseIsOut()) {
            return;
        }
        closing.closeWith(code, reason, true);
    }
}
