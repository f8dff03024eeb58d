package io.wsnotify.adapter.websocket;

import io.wsnotify.application.live.EndReason;
import io.wsnotify.application.live.Subscription;
import io.wsnotify.wire.WebSocketFrames;
import io.wsnotify.wire.WireFrame;
import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * One open {@code /ws/{client_id}} socket after the handshake, from open to gone, on the
 * {@link IoLane} that owns it. Other threads reach it through its {@link ConnectionHandoff}.
 *
 * <p>Threading: everything but {@link #ready} and {@link #idleTime} (any thread) runs on the lane.
 *
 * <p>Frames go out whole and in order ({@link OutgoingFrames}): a frame the socket took only in
 * part is finished before anything else (a pong, a close: {@link ControlFrames}) is written. What
 * the client sends is read by {@link InboundFrames} and answered by {@link ClientReplies}. A close
 * the server starts names the seq to resume from; it waits for the client's close for the closing
 * grace, then the socket is dropped.
 */
final class WebSocketConnection {
    private final IoLane lane;
    private final SocketChannel channel;
    private final ConnectionHandoff handoff;
    private final OutgoingFrames frames;
    private final ControlFrames control;
    private final ClientInput input;
    private final ClosingHandshake closing;
    private final Heartbeat heartbeat = new Heartbeat();
    private volatile Subscription<WireFrame> subscription;
    private volatile boolean readyQueued;
    /** Next in the lane's stack of connections with frames waiting (lane-owned when popped). */
    WebSocketConnection nextReady;

    private final ConnectionPhase phase = new ConnectionPhase();
    private SelectionKey key;

    WebSocketConnection(IoLane lane, SocketChannel channel, ConnectionHandoff handoff, int maxFrameBytes) {
        this.lane = lane;
        this.channel = channel;
        this.handoff = handoff;
        this.frames = new OutgoingFrames(lane, channel);
        this.control = new ControlFrames(channel);
        this.closing = new ClosingHandshake(this, phase, frames, control);
        this.input = new ClientInput(
                lane, channel, new ClientReplies(this, phase, control, closing), phase, heartbeat, maxFrameBytes);
    }

    /** Starts delivery from {@code subscription} (made before the handshake answer went out). */
    void deliverFrom(Subscription<WireFrame> subscription) {
        this.subscription = subscription;
    }

    SocketChannel channel() {
        return channel;
    }

    Duration idleTime() {
        return heartbeat.idleTime();
    }

    /** The core has frames ready. Any thread: the connection joins its lane's ready stack once per pump. */
    void ready() {
        if (!readyQueued) {
            readyQueued = true;
            lane.ready(this);
        }
    }

    /** Takes the socket over, with the bytes the client sent right after the handshake (or null). */
    void open(byte[] early) {
        if (!phase.isNew()) {
            return;
        }
        try {
            key = lane.register(this);
        } catch (IOException e) {
            drop();
            return;
        }
        phase.opened();
        if (early != null) {
            input.acceptEarly(early);
        }
        closing.endIfHeldBack();
        pump();
    }

    void onReadable() {
        try {
            if (!input.read()) {
                drop();
            }
        } catch (IOException e) {
            drop();
        }
    }

    void pumpFromReady() {
        readyQueued = false;
        pump();
    }

    /** Writes what is waiting: a frame cut short first, then control frames, then new frames. */
    void pump() {
        if (!phase.isWritable()) {
            return;
        }
        try {
            if (!frames.finishCutShort(subscription)) {
                writeInterest(true);
                return;
            }
            closing.closeIfHeldBack();
            if (!control.flush()) {
                writeInterest(true);
                return;
            }
            if (closing.dropsOnceFlushed()) {
                drop();
                return;
            }
            if (phase.isOpen()) {
                writeInterest(!frames.sendNew(subscription));
            }
        } catch (IOException e) {
            drop();
        }
    }

    private void writeInterest(boolean wanted) {
        if (key != null && key.isValid()) {
            key.interestOps(wanted ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }
    }

    /** The core ended the subscription (slow consumer, shutdown, server error). */
    void ended(EndReason reason) {
        closing.ended(reason);
    }

    /** The server closes the connection (idle timeout, server stop): say so, with the seq to resume from. */
    void closedByServer() {
        closing.goAway("connection closed by the server");
    }

    /** Stops delivery; an open connection starts its closing grace. */
    void beginClosing() {
        phase.beginClosing(System.nanoTime());
        Subscription<WireFrame> current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    /** Drops the socket without a close frame, and forgets the connection. Idempotent. */
    void drop() {
        if (!phase.markGone()) {
            return;
        }
        Subscription<WireFrame> current = subscription;
        if (current != null) {
            current.cancel();
        }
        if (key != null) {
            key.cancel();
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // closed already
        }
        lane.forget(this);
        handoff.gone();
    }

    /** Pings a quiet client, closes one that did not answer, drops one that did not finish closing. */
    void beat(long now) {
        HeartbeatTiming timing = lane.timing();
        if (phase.isClosingLongerThan(timing.closeGrace(), now)) {
            drop();
        } else if (phase.isOpen() && heartbeat.isUnanswered(now, timing)) {
            closing.goAway("heartbeat timeout");
        } else if (phase.isOpen() && heartbeat.isPingDue(now, timing)) {
            heartbeat.pinged(now);
            control.add(WebSocketFrames.PING, new byte[0]);
            pump();
        }
    }

    long lastDeliveredSeq() {
        Subscription<WireFrame> current = subscription;
        return current == null ? 0 : current.lastDeliveredSeq();
    }
}
