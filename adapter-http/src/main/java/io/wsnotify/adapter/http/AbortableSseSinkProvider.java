package io.wsnotify.adapter.http;

import io.helidon.common.GenericType;
import io.helidon.common.media.type.MediaType;
import io.helidon.common.socket.HelidonSocket;
import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.http.spi.Sink;
import io.helidon.webserver.http.spi.SinkProvider;
import io.helidon.webserver.http.spi.SinkProviderContext;
import io.helidon.webserver.sse.SseSink;
import io.helidon.webserver.sse.SseSinkProvider;

import java.util.function.BiConsumer;

/**
 * Sink provider (loaded by Helidon through {@code META-INF/services}) making
 * {@link AbortableSseSink}s: Helidon's own SSE sink, with the connection's socket, which only a
 * provider is given ({@link SinkProviderContext#connectionContext()}). Accepts the same requests
 * as Helidon's SSE provider (those accepting {@code text/event-stream}).
 */
public final class AbortableSseSinkProvider implements SinkProvider<SseEvent> {
    private final SseSinkProvider helidon = new SseSinkProvider();

    @Override
    public boolean supports(GenericType<? extends Sink<?>> type, ServerRequest request) {
        return AbortableSseSink.TYPE.equals(type) && helidon.supports(SseSink.TYPE, request);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <X extends Sink<SseEvent>> X create(SinkProviderContext context) {
        SseSink events = helidon.create(context);
        return (X) new AbortableSseSink(events, socketOf(context.connectionContext()));
    }

    /** Not offered: without the connection context there is no socket to abort. */
    @Override
    @SuppressWarnings("removal")
    public <X extends Sink<SseEvent>> X create(ServerResponse response, BiConsumer<Object, MediaType> eventConsumer,
                                               Runnable closeRunnable) {
        throw new UnsupportedOperationException("AbortableSseSink needs the connection context");
    }

    private static HelidonSocket socketOf(ConnectionContext connection) {
        try {
            return connection.serverSocket();
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }
}
