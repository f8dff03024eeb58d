package io.wsnotify.adapter.http;

import io.helidon.common.socket.HelidonSocket;
import io.helidon.webserver.ConnectionContext;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * Lets an upgraded connection keep its socket after Helidon's thread for it ends. Helidon 4.5
 * holds a thread per connection until its handler returns and then closes the socket; a WebSocket
 * served by I/O lanes needs neither, and the parked thread (its stack, Helidon's buffers and
 * connection objects) is most of an idle WebSocket's memory. Helidon's connection handler keeps
 * the socket in a private field it closes at the end: handing over puts a socket there whose close
 * leaves the real one open. Checked once at start-up: where the field is not found, nothing is
 * handed over and upgraded connections keep their thread, as Helidon intends.
 */
final class SocketHandover {
    private static final Optional<Field> HANDLER_SOCKET = handlerSocket();

    private SocketHandover() {}

    /** Whether this Helidon lets a socket be handed over. */
    static boolean isAvailable() {
        return HANDLER_SOCKET.isPresent();
    }

    /**
     * Hands the socket of {@code handler} (Helidon's context of the connection, whose thread is
     * about to end) to whoever serves it now: Helidon's close at the end of that thread no longer
     * reaches it. Called on that thread.
     */
    static void handOver(ConnectionContext handler) {
        Field field = HANDLER_SOCKET.orElseThrow();
        try {
            HelidonSocket socket = (HelidonSocket) field.get(handler);
            field.set(handler, new HandedOverSocket(socket));
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "cannot hand over the socket of " + handler.getClass().getName(), e);
        }
    }

    private static Optional<Field> handlerSocket() {
        try {
            Field field =
                    Class.forName("io.helidon.webserver.ConnectionHandler").getDeclaredField("helidonSocket");
            if (field.getType() != HelidonSocket.class || Modifier.isFinal(field.getModifiers())) {
                return Optional.empty();
            }
            field.setAccessible(true);
            return Optional.of(field);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
