package io.wsnotify.adapter.websocket;

import io.helidon.common.buffers.DataReader;
import io.helidon.common.concurrency.limits.Limit;
import io.helidon.webserver.spi.ServerConnection;
import io.wsnotify.application.live.DeliverySink;
import io.wsnotify.application.live.EndReason;
import io.wsnotify.application.live.Subscription;
import io.wsnotify.wire.WireFrame;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;

/**
 * One open {@code /ws/{client_id}} socket as other threads see it: Helidon's server connection for
 * it and the core's {@link DeliverySink} for its subscription. Each of {@link #handle},
 * {@link #close}, {@link #ready} and {@link #end} only hands work to the {@link IoLane} that owns
 * the {@link WebSocketConnection}, where everything else runs.
 *
 * <p>Helidon's thread for the connection is released as soon as the lane has the socket, where
 * the HTTP adapter can keep Helidon from closing it then; elsewhere it waits in {@link #handle}
 * until the connection is gone, as Helidon closes the socket when it returns.
 */
final class ConnectionHandoff implements ServerConnection, DeliverySink {
    private final IoLane lane;
    private final Connections registry;
    private final WebSocketConnection connection;
    private final CountDownLatch finished = new CountDownLatch(1);
    private DataReader alreadyRead;
    private BooleanSupplier releaseThread;

    /**
     * @param alreadyRead   Helidon's reader of the socket, which may hold bytes the client sent after the handshake
     * @param releaseThread lets Helidon's thread go without closing the socket; false where that is not possible
     */
    ConnectionHandoff(
            IoLane lane,
            SocketChannel channel,
            Connections registry,
            int maxFrameBytes,
            DataReader alreadyRead,
            BooleanSupplier releaseThread) {
        this.lane = lane;
        this.registry = registry;
        this.alreadyRead = alreadyRead;
        this.releaseThread = releaseThread;
        this.connection = new WebSocketConnection(lane, channel, this, maxFrameBytes);
    }

    /** Starts delivery from {@code subscription} (made before the handshake answer went out). */
    void deliverFrom(Subscription<WireFrame> subscription) {
        connection.deliverFrom(subscription);
    }

    // ---- Helidon's side ----

    /**
     * Hands the socket to the lane (non-blocking from now on, with the bytes Helidon had already
     * read of it). Returns at once where Helidon's thread can be released without closing the
     * socket (the lane closes it); otherwise waits until the connection is gone.
     */
    @Override
    public void handle(Limit limit) throws InterruptedException {
        byte[] early = alreadyRead.available() > 0 ? alreadyRead.readBytes(alreadyRead.available()) : null;
        alreadyRead = null; // it holds Helidon's connection, which must not outlive its thread
        try {
            connection.channel().configureBlocking(false);
        } catch (IOException e) {
            lane.execute(connection::drop);
            finished.await();
            return;
        }
        lane.execute(() -> connection.open(early));
        BooleanSupplier release = releaseThread;
        releaseThread = null;
        if (!release.getAsBoolean()) {
            finished.await();
        }
    }

    @Override
    @SuppressWarnings("removal")
    public void handle(Semaphore requestSemaphore) throws InterruptedException {
        handle((Limit) null);
    }

    @Override
    public Duration idleTime() {
        return connection.idleTime();
    }

    /** Helidon closes the connection (idle timeout, server stop): say so, with the seq to resume from. */
    @Override
    public void close(boolean interrupt) {
        lane.execute(connection::closedByServer);
    }

    // ---- the core's side ----

    @Override
    public void ready() {
        connection.ready();
    }

    @Override
    public void end(EndReason reason) {
        lane.execute(() -> connection.ended(reason));
    }

    /** The connection is gone (on its lane): forget it, and let a waiting Helidon thread go. */
    void gone() {
        registry.remove(this);
        finished.countDown();
    }
}
