package io.wsnotify.adapter.websocket;

import io.helidon.common.buffers.BufferData;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.websocket.WsCloseCodes;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;
import io.wsnotify.application.live.LiveFeed;
import io.wsnotify.application.live.SubscriptionRequest;

import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Helidon's listener for one {@code /ws/{client_id}} socket, from handshake to close. It checks
 * the handshake, opens the {@link Connection} and subscribes it to the live feed, answers
 * {@code {"op":"ping"}}, and ignores every other client frame. It never throws from a callback.
 *
 * <p>Helidon calls it on that socket's own thread, one callback at a time.
 */
final class ConnectionListener implements WsListener {
    private final Handshake handshake;
    private final LiveFeed live;
    private final Connections connections;
    private final Executor writers;
    private SubscriptionRequest request;
    private Connection connection;

    ConnectionListener(Handshake handshake, LiveFeed live, Connections connections, Executor writers) {
        this.handshake = handshake;
        this.live = live;
        this.connections = connections;
        this.writers = writers;
    }

    @Override
    public Optional<Headers> onHttpUpgrade(HttpPrologue prologue, Headers headers) {
        SubscriptionRequest accepted = handshake.accept(prologue, headers);
        if (!connections.hasRoom()) {
            throw Refusal.unavailable(connections.isAccepting() ? "too many connections" : "server is stopping",
                    prologue, headers);
        }
        request = accepted;
        return Optional.empty();
    }

    @Override
    public void onOpen(WsSession session) {
        Connection opened = new Connection(session, connections, writers);
        if (!connections.add(opened)) {
            opened.close(WsCloseCodes.TRY_AGAIN_LATER, "too many connections", false);
            return;
        }
        connection = opened;
        try {
            opened.attach(live.subscribe(request, opened));
        } catch (RuntimeException e) {
            opened.close(WsCloseCodes.UNEXPECTED_CONDITION, "live feed unavailable", false);
        }
        request = null;
    }

    @Override
    public void onMessage(WsSession session, String text, boolean last) {
        if (connection != null) {
            connection.state().heard();
            if (last && ClientMessages.isPing(text)) {
                connection.reply(ClientMessages.PONG);
            }
        }
    }

    @Override
    public void onMessage(WsSession session, BufferData buffer, boolean last) {
        if (connection != null) {
            connection.state().heard();
        }
    }

    @Override
    public void onPing(WsSession session, BufferData buffer) {
        if (connection != null) {
            connection.state().heard();
            connection.pong(buffer);
        }
    }

    @Override
    public void onPong(WsSession session, BufferData buffer) {
        if (connection != null) {
            connection.state().heard();
        }
    }

    @Override
    public void onClose(WsSession session, int status, String reason) {
        if (connection != null) {
            connection.forget();
        }
    }

    @Override
    public void onError(WsSession session, Throwable t) {
        if (connection != null) {
            connection.forget();
        }
    }
}
