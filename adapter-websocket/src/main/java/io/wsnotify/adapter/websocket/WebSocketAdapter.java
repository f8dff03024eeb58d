package io.wsnotify.adapter.websocket;

import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http1.Http1ConnectionListener;
import io.helidon.webserver.websocket.WsRouting;
import io.wsnotify.application.AccessPolicy;
import io.wsnotify.application.live.LiveFeed;

import java.time.Duration;
import java.util.Optional;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Driving adapter: the {@code /ws/{client_id}} live stream (DESIGN §5, §6) on Helidon WebSocket.
 *
 * <p>Wiring, in bootstrap:
 * <pre>{@code
 * WebSocketAdapter ws = new WebSocketAdapter(core.live(), access, settings);
 * WebServer server = WebServer.builder()
 *         .config(config.get("server"))
 *         .update(ws::configure)                // frame limit + origin policy
 *         .routing(...)
 *         .addRouting(WsRouting.builder().update(ws::register))
 *         .build().start();
 * ...
 * ws.close();  core.close();  server.stop();   // clients get 1001 with the seq to resume from
 * ws.openConnections();                          // for metrics
 * }</pre>
 */
public final class WebSocketAdapter implements AutoCloseable {
    private static final Duration MAX_SHUTDOWN_GRACE = Duration.ofSeconds(3);

    private final LiveFeed live;
    private final Handshake handshake;
    private final WebSocketSettings settings;
    private final Connections connections;
    private final Heartbeat heartbeat;
    private final Executor writers = task -> Thread.ofVirtual().name("ws-write").start(task);
    private final Duration shutdownGrace;

    public WebSocketAdapter(LiveFeed live, AccessPolicy access, WebSocketSettings settings) {
        this.live = Objects.requireNonNull(live, "live");
        this.handshake = new Handshake(Objects.requireNonNull(access, "access"));
        this.settings = Objects.requireNonNull(settings, "settings");
        this.connections = new Connections(settings.maxConnections());
        this.shutdownGrace = settings.pongTimeout().compareTo(MAX_SHUTDOWN_GRACE) < 0
                ? settings.pongTimeout() : MAX_SHUTDOWN_GRACE;
        this.heartbeat = new Heartbeat(connections, HeartbeatTiming.of(settings));
        heartbeat.start();
    }

    /** Adds {@code /ws/{client_id}} (and the same with a trailing slash). */
    public void register(WsRouting.Builder routing) {
        routing.endpoint("/ws/{client_id}", this::newListener);
        routing.endpoint("/ws/{client_id}/", this::newListener);
    }

    /**
     * Adds the WebSocket protocol config (max frame length = {@code maxFrameBytes}, origin
     * allowlist) to the server: {@code builder.update(ws::configure)}.
     */
    public void configure(WebServerConfig.Builder server) {
        server.addProtocol(OriginPolicy.protocol(settings));
    }

    /**
     * The receive listener the server's HTTP/1 configuration must carry, if any: for {@code ["*"]},
     * one that lets any {@code Origin} through Helidon's same-origin check.
     */
    public Optional<Http1ConnectionListener> connectionListener() {
        return OriginPolicy.listener(settings);
    }

    /** Open WebSocket connections right now (closing ones included until they are gone). */
    public int openConnections() {
        return connections.size();
    }

    /**
     * Graceful stop: refuses new handshakes (503), closes every open connection with 1001 and the
     * seq to resume from, waits (at most {@code min(pongTimeout, 3 s)}) for the clients to finish
     * the close, drops the sockets of those that do not, and stops the heartbeat. When it returns
     * no connection is left, so the server can stop without cutting a close frame short.
     * {@code NotifyCore.close()} ends the connections it feeds with 1001 too: either order works.
     */
    @Override
    public void close() {
        connections.stopAccepting();
        connections.snapshot().forEach(Connection::shutdown);
        try {
            connections.awaitEmpty(shutdownGrace);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connections.snapshot().forEach(Connection::abort);
        heartbeat.close();
    }

    private ConnectionListener newListener() {
        return new ConnectionListener(handshake, live, connections, writers);
    }
}
