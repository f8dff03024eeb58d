package io.wsnotify.adapter.http;

import io.helidon.common.buffers.BufferData;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.http.Status;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.Http1ConnectionListener;
import java.util.List;

/**
 * Several HTTP/1 connection listeners as one, each told every event in order.
 *
 * <p>An {@code Http1Config} must get exactly one listener per direction: Helidon 4.5 joins two or
 * more into a list listener that forwards nothing, so none of them would hear anything (the
 * chunked-body reader and the WebSocket origin policy would silently stop working).
 */
final class Http1Listeners implements Http1ConnectionListener {
    private final List<Http1ConnectionListener> listeners;

    Http1Listeners(List<Http1ConnectionListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void prologue(ConnectionContext ctx, HttpPrologue prologue) {
        listeners.forEach(listener -> listener.prologue(ctx, prologue));
    }

    @Override
    public void headers(ConnectionContext ctx, Headers headers) {
        listeners.forEach(listener -> listener.headers(ctx, headers));
    }

    @Override
    public void status(ConnectionContext ctx, Status status) {
        listeners.forEach(listener -> listener.status(ctx, status));
    }

    @Override
    public void data(ConnectionContext ctx, BufferData data) {
        listeners.forEach(listener -> listener.data(ctx, data));
    }

    @Override
    public void data(ConnectionContext ctx, byte[] data, int position, int length) {
        listeners.forEach(listener -> listener.data(ctx, data, position, length));
    }
}
