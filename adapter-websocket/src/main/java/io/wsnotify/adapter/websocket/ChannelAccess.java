package io.wsnotify.adapter.websocket;

import io.helidon.common.socket.HelidonSocket;
import io.helidon.common.socket.NioSocket;
import io.helidon.common.socket.PlainSocket;
import io.helidon.webserver.ConnectionContext;
import java.lang.reflect.Field;
import java.net.Socket;
import java.nio.channels.SocketChannel;

/**
 * Reaches the TCP channel under an upgraded Helidon connection. Helidon 4.5 accepts every
 * connection as a {@link SocketChannel} and wraps it in a {@link PlainSocket} (over the channel's
 * socket adaptor) or a {@link NioSocket}, which keep it in a private field with no API for it; the
 * WebSocket transport needs it to switch the socket to non-blocking writes, which is how one slow
 * peer never holds up the others. Checked once at start-up, so a Helidon whose internals differ
 * fails at once with this message instead of at the first connection.
 */
final class ChannelAccess {
    private static final Field PLAIN = field(PlainSocket.class);
    private static final Field NIO = field(NioSocket.class);

    private ChannelAccess() {}

    /** Fails, naming the cause, when this Helidon does not keep the channel as expected. */
    static void check() {
        if (PLAIN == null || NIO == null) {
            throw new IllegalStateException("This Helidon version does not keep the connection's socket in "
                    + "PlainSocket.delegate / NioSocket.delegate; the WebSocket transport cannot run on it");
        }
    }

    /** The connection's channel. */
    static SocketChannel of(ConnectionContext ctx) {
        HelidonSocket socket = ctx.serverSocket();
        try {
            Object delegate = (socket instanceof NioSocket ? NIO : PLAIN).get(socket);
            SocketChannel channel = delegate instanceof Socket plain ? plain.getChannel() : (SocketChannel) delegate;
            if (channel == null) {
                throw new IllegalStateException("the connection's socket has no channel");
            }
            return channel;
        } catch (IllegalAccessException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException(
                    "cannot reach the channel of " + socket.getClass().getName(), e);
        }
    }

    private static Field field(Class<?> type) {
        try {
            Field field = type.getDeclaredField("delegate");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
