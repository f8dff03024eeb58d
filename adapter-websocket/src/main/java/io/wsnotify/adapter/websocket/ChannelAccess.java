package io.wsnotify.adapter.websocket;

import io.helidon.webserver.ConnectionContext;

import java.lang.reflect.Field;
import java.nio.channels.SocketChannel;

/**
 * Reaches the TCP channel under an upgraded Helidon connection. Helidon 4.5 keeps it in a private
 * field of its connection handler (the {@link ConnectionContext} of every connection) and has no
 * API for it; the WebSocket transport needs it to switch the socket to non-blocking writes, which
 * is how one slow peer never holds up the others. Checked once at start-up, so a Helidon whose
 * internals differ fails at once with this message instead of at the first connection.
 */
final class ChannelAccess {
    private static final String HANDLER = "io.helidon.webserver.ConnectionHandler";
    private static final Field CHANNEL = channelField();

    private ChannelAccess() {
    }

    /** Fails, naming the cause, when this Helidon does not expose the channel as expected. */
    static void check() {
        if (CHANNEL == null) {
            throw new IllegalStateException("This Helidon version does not keep the connection's SocketChannel in "
                    + HANDLER + ".socket; the WebSocket transport cannot run on it");
        }
    }

    /** The connection's channel. */
    static SocketChannel of(ConnectionContext ctx) {
        try {
            return (SocketChannel) CHANNEL.get(ctx);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot reach the channel of " + ctx.getClass().getName(), e);
        }
    }

    private static Field channelField() {
        try {
            Field field = Class.forName(HANDLER).getDeclaredField("socket");
            field.setAccessible(true);
            return field.getType() == SocketChannel.class ? field : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
