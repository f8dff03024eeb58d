package io.wsnotify.adapter.websocket;

import io.helidon.common.buffers.BufferData;
import io.helidon.http.HttpPrologue;
import io.helidon.http.Method;
import io.helidon.http.WritableHeaders;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.spi.Http1Upgrader;
import io.helidon.webserver.spi.ServerConnection;
import io.wsnotify.application.live.LiveFeed;
import io.wsnotify.application.live.Subscription;
import io.wsnotify.application.live.SubscriptionRequest;
import io.wsnotify.wire.WireFrame;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Upgrades {@code GET /ws/{client_id}} (with or without a trailing slash) to a WebSocket: checks
 * the handshake, subscribes the connection to the live feed, answers {@code 101} and hands the
 * socket to an {@link IoLane}. Other paths and methods are left to HTTP routing. The subscription
 * is made before the answer goes out, so a client that has its {@code 101} misses nothing.
 */
final class WebSocketUpgrader implements Http1Upgrader {
    private final LiveFeed<WireFrame> live;
    private final Handshake handshake;
    private final UpgradeRequest upgradeRequest;
    private final Connections connections;
    private final IoLane[] lanes;
    private final int maxFrameBytes;
    private final AtomicInteger nextLane = new AtomicInteger();
    private final Predicate<ConnectionContext> threadRelease;

    WebSocketUpgrader(
            LiveFeed<WireFrame> live,
            Handshake handshake,
            WebSocketSettings settings,
            Connections connections,
            IoLane[] lanes,
            Predicate<ConnectionContext> threadRelease) {
        this.threadRelease = threadRelease;
        this.live = live;
        this.handshake = handshake;
        this.upgradeRequest = new UpgradeRequest(settings);
        this.connections = connections;
        this.lanes = lanes;
        this.maxFrameBytes = settings.maxFrameBytes();
    }

    @Override
    public String supportedProtocol() {
        return "websocket";
    }

    @Override
    public ServerConnection upgrade(ConnectionContext ctx, HttpPrologue prologue, WritableHeaders<?> headers) {
        if (!WebSocketPath.matches(prologue.uriPath().path())
                || !prologue.method().equals(Method.GET)) {
            return null;
        }
        String key = upgradeRequest.check(prologue, headers);
        SubscriptionRequest request = handshake.accept(prologue, headers);
        IoLane lane = lanes[Math.floorMod(nextLane.getAndIncrement(), lanes.length)];
        ConnectionHandoff connection = new ConnectionHandoff(
                lane,
                ChannelAccess.of(ctx),
                connections,
                maxFrameBytes,
                ctx.dataReader(),
                () -> threadRelease.test(ctx));
        if (!connections.tryAdd(connection)) {
            throw Refusal.unavailable(
                    connections.isAccepting() ? "too many connections" : "server is stopping", prologue, headers);
        }
        Subscription<WireFrame> subscription = live.subscribe(request, connection);
        connection.deliverFrom(subscription);
        try {
            ctx.dataWriter().writeNow(BufferData.create(UpgradeRequest.switchingProtocols(key)));
        } catch (RuntimeException e) {
            subscription.cancel();
            connections.remove(connection);
            throw new CloseConnectionException("the handshake answer could not be written", e);
        }
        return connection;
    }
}
