package io.wsnotify.adapter.websocket;

import io.helidon.common.buffers.BufferData;
import io.helidon.common.socket.HelidonSocket;
import io.helidon.websocket.WsCloseCodes;
import io.helidon.websocket.WsSession;
import io.wsnotify.application.live.DeliverySink;
import io.wsnotify.application.live.EndReason;
import io.wsnotify.application.live.Subscription;

import java.util.concurrent.Executor;

/**
 * One open WebSocket: its session, its live subscription and its {@link ConnectionState}. It is
 * the core's {@link DeliverySink} for that socket.
 *
 * <p>Threading: {@link #send} runs on the core's delivery thread and may block while the socket
 * is full. Pings and close frames are written on short-lived virtual threads, so no caller
 * waits for a slow peer. {@link #abort} closes the socket under the session: that ends the
 * connection even when no frame can be written, and releases any blocked writer.
 */
final class Connection implements DeliverySink {
    private final WsSession session;
    private final HelidonSocket socket;
    private final Connections registry;
    private final Executor writers;
    private final ConnectionState state = new ConnectionState();
    private volatile Subscription subscription;

    Connection(WsSession session, Connections registry, Executor writers) {
        this.session = session;
        this.socket = SocketAccess.of(session);
        this.registry = registry;
        this.writers = writers;
    }

    /** Binds the subscription feeding this socket; cancels it at once if the socket already went. */
    void attach(Subscription subscription) {
        this.subscription = subscription;
        if (!state.isOpen()) {
            subscription.cancel();
        }
    }

    @Override
    public void send(String frame) {
        if (!state.isOpen()) {
            throw new IllegalStateException("connection is closing");
        }
        try {
            session.send(frame, true);
        } catch (RuntimeException e) {
            abort();
            throw e;
        }
    }

    @Override
    public void end(EndReason reason) {
        if (reason.sendInFlight()) {
            abort(); // a close frame would follow the blocked frame and name a seq before it
            return;
        }
        boolean slow = reason.kind() == EndReason.Kind.SLOW_CONSUMER;
        close(slow ? WsCloseCodes.TRY_AGAIN_LATER : WsCloseCodes.GOING_AWAY, reason.description(), true);
    }

    /** Server shutdown: close with 1001 and the seq to resume from. */
    void shutdown() {
        end(new EndReason(EndReason.Kind.SHUTDOWN, lastDeliveredSeq()));
    }

    /** The client stopped answering pings: close with 1001 and drop the socket without waiting. */
    void timeOut() {
        close(WsCloseCodes.GOING_AWAY, "heartbeat timeout; resume with since=" + lastDeliveredSeq(), false);
    }

    /** Sends a close frame off-thread; with {@code awaitReply} the heartbeat aborts it after the grace. */
    void close(int code, String reason, boolean awaitReply) {
        if (!state.beginClosing()) {
            return;
        }
        cancelSubscription();
        String text = CloseReason.fit(reason);
        writers.execute(() -> {
            try {
                session.close(code, text);
            } catch (RuntimeException e) {
                abort();
                return;
            }
            if (!awaitReply) {
                abort();
            }
        });
    }

    /** Pings the client off-thread, as of {@code now}. */
    void ping(long now) {
        state.pinged(now);
        writers.execute(() -> write(() -> session.ping(BufferData.empty())));
    }

    /** Answers the client on the calling (Helidon reader) thread: only this client can make it wait. */
    void reply(String text) {
        write(() -> session.send(text, true));
    }

    void pong(BufferData payload) {
        write(() -> session.pong(payload));
    }

    /** The session ended (close handshake, error, or the socket went away): forget the connection. */
    void forget() {
        if (state.end()) {
            registry.remove(this);
            cancelSubscription();
        }
    }

    /** Forgets the connection and closes its socket, whatever is still pending on it. */
    void abort() {
        forget();
        SocketAccess.close(socket);
    }

    boolean socketIsConnected() {
        return SocketAccess.isConnected(socket);
    }

    ConnectionState state() {
        return state;
    }

    private void write(Runnable frame) {
        if (state.isOpen()) {
            try {
                frame.run();
            } catch (RuntimeException e) {
                abort();
            }
        }
    }

    private void cancelSubscription() {
        Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    private long lastDeliveredSeq() {
        Subscription current = subscription;
        return current == null ? 0 : current.lastDeliveredSeq();
    }
}
