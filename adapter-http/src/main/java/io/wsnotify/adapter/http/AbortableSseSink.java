package io.wsnotify.adapter.http;

import io.helidon.common.GenericType;
import io.helidon.common.socket.HelidonSocket;
import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.http.spi.Sink;
import io.helidon.webserver.sse.SseSink;

/**
 * Helidon's SSE sink plus the one thing its API cannot do: {@link #abort} drops the connection's
 * socket, so a write blocked on a peer that stopped reading fails at once instead of waiting
 * for it forever. Made by {@link AbortableSseSinkProvider} ({@code res.sink(AbortableSseSink.TYPE)}).
 */
final class AbortableSseSink implements Sink<SseEvent> {
    static final GenericType<AbortableSseSink> TYPE = GenericType.create(AbortableSseSink.class);

    private final SseSink events;
    private final HelidonSocket socket;

    /** {@code socket} may be null when the server does not expose it; {@link #abort} then does nothing. */
    AbortableSseSink(SseSink events, HelidonSocket socket) {
        this.events = events;
        this.socket = socket;
    }

    @Override
    public AbortableSseSink emit(SseEvent event) {
        events.emit(event);
        return this;
    }

    /** Ends the stream politely: the response is completed. May block like a write. */
    @Override
    public void close() {
        events.close();
    }

    /** Closes the socket under the stream; writers blocked on it, on any thread, fail at once. */
    void abort() {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (RuntimeException alreadyClosed) {
            // closed by the peer or by Helidon: nothing left to release
        }
    }
}
