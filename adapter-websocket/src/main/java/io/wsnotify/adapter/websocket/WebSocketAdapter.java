package io.wsnotify.adapter.websocket;

import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http1.Http1ConnectionListener;
import io.wsnotify.application.AccessPolicy;
import io.wsnotify.application.live.ConnectionLimit;
import io.wsnotify.application.live.LiveFeed;
import io.wsnotify.wire.WireFrame;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Driving adapter: the {@code /ws/{client_id}} live stream (DESIGN §5, §6), a WebSocket transport
 * of our own on Helidon's HTTP/1.1 upgrade SPI. Helidon keeps the listener, HTTP/1.1 and the
 * handshake request; after the {@code 101} the sockets belong to a few {@link IoLane}s (one per
 * processor) that write each notification's frame, encoded once for the whole node, with
 * non-blocking gathering writes, and enforce RFC 6455 on what clients send.
 *
 * <p>Wiring, in bootstrap:
 * <pre>{@code
 * WebSocketAdapter ws = new WebSocketAdapter(core.live(), access, settings, connectionLimit, http::releaseThread);
 * WebServer server = WebServer.builder().update(ws::configure)
 *         .update(b -> http.configure(b, List.of(ws.http1Listener())))...build().start();
 * ...
 * core.close();  ws.close();  server.stop();   // clients get 1001 with the seq to resume from
 * }</pre>
 */
public final class WebSocketAdapter implements AutoCloseable {
    private static final Duration MAX_SHUTDOWN_GRACE = Duration.ofSeconds(3);

    private final Connections connections;
    private final IoLane[] lanes;
    private final WebSocketUpgrader upgrader;
    private final Duration shutdownGrace;

    /** An adapter whose connections each keep Helidon's thread for them until they end. */
    public WebSocketAdapter(
            LiveFeed<WireFrame> live, AccessPolicy access, WebSocketSettings settings, ConnectionLimit limit) {
        this(live, access, settings, limit, ctx -> false);
    }

    /**
     * @param threadRelease asked once per connection, as the lanes take its socket over, whether
     *                      Helidon's thread for it may end without closing the socket (the HTTP
     *                      adapter's {@code releaseThread}); an idle connection then costs no thread
     */
    public WebSocketAdapter(
            LiveFeed<WireFrame> live,
            AccessPolicy access,
            WebSocketSettings settings,
            ConnectionLimit limit,
            Predicate<ConnectionContext> threadRelease) {
        Objects.requireNonNull(live, "live");
        Objects.requireNonNull(settings, "settings");
        ChannelAccess.check();
        this.connections = new Connections(Objects.requireNonNull(limit, "limit"));
        this.lanes = new IoLane[settings.ioLanes()];
        HeartbeatTiming timing = HeartbeatTiming.of(settings);
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = new IoLane(i, timing);
            lanes[i].start();
        }
        this.upgrader = new WebSocketUpgrader(
                live,
                new Handshake(Objects.requireNonNull(access, "access")),
                settings,
                connections,
                lanes,
                Objects.requireNonNull(threadRelease, "threadRelease"));
        this.shutdownGrace =
                settings.pongTimeout().compareTo(MAX_SHUTDOWN_GRACE) < 0 ? settings.pongTimeout() : MAX_SHUTDOWN_GRACE;
    }

    /** Installs the WebSocket upgrade on the server's default listener: {@code builder.update(ws::configure)}. */
    public void configure(WebServerConfig.Builder server) {
        server.addProtocol(new WebSocketProtocol(upgrader));
    }

    /**
     * The listener the server's HTTP/1 connections must carry for handshakes to be recognised
     * whatever the case of their {@code Upgrade: websocket} value (Helidon matches it exactly).
     */
    public Http1ConnectionListener http1Listener() {
        return new UpgradeValueCase();
    }

    /** Open WebSocket connections right now (closing ones included until they are gone). */
    public int openConnections() {
        return connections.size();
    }

    /**
     * First step of a graceful stop: new handshakes are refused (503) from now on, so a client told
     * 1001 by this node resumes elsewhere, or here after a restart, never on this node while it stops.
     */
    public void stopAccepting() {
        connections.stopAccepting();
    }

    /**
     * Graceful stop: refuses new handshakes (503), closes every open connection with 1001 and the
     * seq to resume from, waits (at most {@code min(pongTimeout, 3 s)}) for the clients to finish
     * the close, drops the sockets of those that do not, and stops the I/O lanes. Closing the core
     * first ends the connections it feeds with 1001 too: either order works.
     */
    @Override
    public void close() {
        connections.stopAccepting();
        connections.snapshot().forEach(connection -> connection.close(false));
        try {
            connections.awaitEmpty(shutdownGrace);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (IoLane lane : lanes) {
            lane.stop();
        }
    }
}
