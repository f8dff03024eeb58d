package io.wsnotify.adapter.websocket;

import io.helidon.common.socket.HelidonSocket;
import io.helidon.webserver.ConnectionContext;
import io.helidon.websocket.WsSession;

/**
 * Reaches the TCP socket under a Helidon WebSocket session, for the two things the session API
 * cannot do: tell whether the peer went away without a close frame (Helidon then calls neither
 * {@code onClose} nor {@code onError}), and end a connection whose socket is too full to take a
 * close frame. On Helidon 4.5 the session's socket context is the server's connection context.
 */
final class SocketAccess {
    private SocketAccess() {
    }

    /** The session's socket, or null when this server does not expose it. */
    static HelidonSocket of(WsSession session) {
        try {
            return session.socketContext() instanceof ConnectionContext context ? context.serverSocket() : null;
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    /** False once the socket is closed, by either side; true when it cannot be told. */
    static boolean isConnected(HelidonSocket socket) {
        return socket == null || socket.isConnected();
    }

    /** Closes the socket; blocked readers and writers on it fail at once. */
    static void close(HelidonSocket socket) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (RuntimeException ignored) {
            // already closed by the peer or by Helidon: nothing left to release
        }
    }
}
