package io.wsnotify.adapter.websocket;

import io.helidon.common.buffers.DataReader;
import io.helidon.common.concurrency.limits.Limit;
import io.helidon.webserver.spi.ServerConnection;
import io.wsnotify.application.live.DeliverySink;
import io.wsnotify.application.live.EndReason;
import io.wsnotify.application.live.Frame;
import io.wsnotify.application.live.Subscription;
import io.wsnotify.wire.WebSocketFrames;
import io.wsnotify.wire.WireFrame;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;

/**
 * One open {@code /ws/{client_id}} socket after the handshake: Helidon's server connection for it,
 * the core's {@link DeliverySink} for its subscription, and the listener of what its client sends.
 *
 * <p>Threading: everything but {@link #ready}, {@link #end}, {@link #close} and {@link #handle}
 * runs on the connection's {@link IoLane}; those four only hand work to the lane. Helidon's thread
 * for the connection is released as soon as the lane has the socket, where the HTTP adapter can
 * keep Helidon from closing it then; elsewhere it waits in {@link #handle} until the connection is
 * gone, as Helidon closes the socket when it returns.
 *
 * <p>Frames go out whole and in order: a frame the socket took only in part is finished before
 * anything else (a pong, a close) is written. A close the server starts names the seq to resume
 * from; it waits for the client's close for the closing grace, then the socket is dropped.
 */
final class WebSocketConnection implements ServerConnection, DeliverySink, InboundFrames.Listener {
    private static final long MAX_BATCH_BYTES = 256 * 1024;
    private static final byte[] PONG_MESSAGE = ClientMessages.PONG.getBytes(StandardCharsets.UTF_8);
    private static final int NEW = 0;
    private static final int OPEN = 1;
    private static final int CLOSING = 2;
    private static final int GONE = 3;

    private final IoLane lane;
    private final SocketChannel channel;
    private final Connections registry;
    private final InboundFrames inbound;
    private DataReader alreadyRead;
    private final CountDownLatch finished = new CountDownLatch(1);
    private BooleanSupplier releaseThread;
    private volatile Subscription<WireFrame> subscription;
    private volatile boolean readyQueued;
    private volatile long lastHeard = System.nanoTime();
    /** Next in the lane's stack of connections with frames waiting (lane-owned when popped). */
    WebSocketConnection nextReady;
    private int phase = NEW;
    private SelectionKey key;
    private Frame<WireFrame>[] stalled;
    private int stalledFrom;
    private int stalledTo;
    private int stalledOffset;
    private ArrayDeque<ByteBuffer> control;
    private EndReason endOnceFlushed;
    private boolean closeQueued;
    private boolean dropOnceFlushed;
    private long pingedAt;
    private long closingSince;

    /** @param alreadyRead Helidon's reader of the socket, which may hold bytes the client sent after the handshake */
    WebSocketConnection(IoLane lane, SocketChannel channel, DataReader alreadyRead, Connections registry,
                        int maxFrameBytes, BooleanSupplier releaseThread) {
        this.releaseThread = releaseThread;
        this.lane = lane;
        this.channel = channel;
        this.alreadyRead = alreadyRead;
        this.registry = registry;
        this.inbound = new InboundFrames(maxFrameBytes);
    }

    /** Starts delivery from {@code subscription} (made before the handshake answer went out). */
    void deliverFrom(Subscription<WireFrame> subscription) {
        this.subscription = subscription;
    }

    SocketChannel channel() {
        return channel;
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
            channel.configureBlocking(false);
        } catch (IOException e) {
            lane.execute(this::drop);
            finished.await();
            return;
        }
        lane.execute(() -> open(early));
        BooleanSupplier release = releaseThread;
        releaseThread = null;
        if (!release.getAsBoolean()) {
            finished.await();
        }
    }

    @Override
    @SuppressWarnings("removal")
    public void handle(java.util.concurrent.Semaphore requestSemaphore) throws InterruptedException {
        handle((Limit) null);
    }

    @Override
    public Duration idleTime() {
        return Duration.ofNanos(System.nanoTime() - lastHeard);
    }

    /** Helidon closes the connection (idle timeout, server stop): say so, with the seq to resume from. */
    @Override
    public void close(boolean interrupt) {
        lane.execute(() -> closeWith(CloseCodes.GOING_AWAY, "connection closed by the server; resume with since="
                + lastDeliveredSeq(), true));
    }

    // ---- the core's side ----

    @Override
    public void ready() {
        if (!readyQueued) {
            readyQueued = true;
            lane.ready(this);
        }
    }

    @Override
    public void end(EndReason reason) {
        lane.execute(() -> ended(reason));
    }

    // ---- the lane's side ----

    private void open(byte[] early) {
        if (phase != NEW) {
            return;
        }
        try {
            key = lane.register(this);
        } catch (IOException e) {
            drop();
            return;
        }
        phase = OPEN;
        if (early != null) {
            inbound.accept(ByteBuffer.wrap(early), this);
        }
        if (endOnceFlushed != null && stalled == null) {
            EndReason reason = endOnceFlushed;
            endOnceFlushed = null;
            ended(reason);
        }
        pump();
    }

    void onReadable() {
        ByteBuffer buffer = lane.readBuffer;
        try {
            for (int reads = 0; reads < 4 && phase != GONE; reads++) {
                buffer.clear();
                int read = channel.read(buffer);
                if (read < 0) {
                    drop();
                    return;
                }
                if (read == 0) {
                    return;
                }
                lastHeard = System.nanoTime();
                pingedAt = 0;
                inbound.accept(buffer.flip(), this);
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
        if (phase == NEW || phase == GONE) {
            return;
        }
        try {
            if (!finishStalled()) {
                return;
            }
            if (endOnceFlushed != null) {
                EndReason reason = endOnceFlushed;
                endOnceFlushed = null;
                closeFor(reason);
            }
            if (!flushControl()) {
                return;
            }
            if (dropOnceFlushed) {
                drop();
                return;
            }
            if (phase == OPEN) {
                sendNewFrames();
            }
        } catch (IOException e) {
            drop();
        }
    }

    private void sendNewFrames() throws IOException {
        Subscription<WireFrame> current = subscription;
        while (current != null) {
            int taken = current.poll(lane.batch, MAX_BATCH_BYTES);
            if (taken == 0 || !write(lane.batch, 0, taken, 0)) {
                break;
            }
        }
        if (stalled == null || stalledFrom == stalledTo) {
            writeInterest(false);
        }
    }

    /** Gathering write of frames {@code from..to}, the first from {@code offset}; false when the socket filled up. */
    private boolean write(Frame<WireFrame>[] frames, int from, int to, int offset) throws IOException {
        ByteBuffer[] views = lane.gather;
        for (int i = from; i < to; i++) {
            ByteBuffer view = frames[i].payload().webSocketView(lane.id);
            view.limit(view.capacity()).position(i == from ? offset : 0);
            views[i - from] = view;
        }
        channel.write(views, 0, to - from);
        for (int i = from; i < to; i++) {
            ByteBuffer view = views[i - from];
            if (view.hasRemaining()) {
                keepStalled(frames, i, to, view.position());
                return false;
            }
            subscription.delivered(frames[i]);
            frames[i] = null;
        }
        return true;
    }

    private void keepStalled(Frame<WireFrame>[] frames, int from, int to, int offset) {
        if (frames != stalled) {
            if (stalled == null) {
                @SuppressWarnings("unchecked")
                Frame<WireFrame>[] kept = new Frame[IoLane.BATCH];
                stalled = kept;
            }
            System.arraycopy(frames, from, stalled, 0, to - from);
            to -= from;
            from = 0;
        }
        stalledFrom = from;
        stalledTo = to;
        stalledOffset = offset;
        writeInterest(true);
    }

    private boolean finishStalled() throws IOException {
        if (stalled == null || stalledFrom == stalledTo) {
            return true;
        }
        int from = stalledFrom;
        stalledFrom = stalledTo;
        return write(stalled, from, stalledTo, stalledOffset);
    }

    private boolean flushControl() throws IOException {
        while (control != null && !control.isEmpty()) {
            ByteBuffer next = control.peekFirst();
            channel.write(next);
            if (next.hasRemaining()) {
                writeInterest(true);
                return false;
            }
            control.pollFirst();
        }
        return true;
    }

    private void queueControl(int opcode, byte[] payload) {
        if (control == null) {
            control = new ArrayDeque<>(2);
        }
        control.addLast(WebSocketFrames.encodeHeap(opcode, payload));
    }

    private void writeInterest(boolean wanted) {
        if (key != null && key.isValid()) {
            key.interestOps(wanted ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }
    }

    // ---- ending ----

    /** The core ended the subscription (slow consumer, shutdown, server error). */
    private void ended(EndReason reason) {
        if (phase == GONE) {
            return;
        }
        boolean frameCutShort = stalled != null && stalledFrom != stalledTo;
        if (phase == NEW || frameCutShort) {
            // the close frame must follow the frame the socket took in part; a peer that never reads
            // it again is dropped when the closing grace runs out
            endOnceFlushed = reason;
            beginClosing();
            return;
        }
        closeFor(reason);
    }

    private void closeFor(EndReason reason) {
        int code = switch (reason.kind()) {
            case SLOW_CONSUMER -> CloseCodes.TRY_AGAIN_LATER;
            case SHUTDOWN -> CloseCodes.GOING_AWAY;
            case SERVER_ERROR -> CloseCodes.SERVER_ERROR;
        };
        closeWith(code, new EndReason(reason.kind(), lastDeliveredSeq()).description(), false);
    }

    /** Sends a close frame; with {@code drop} the socket goes once it is out, else the client has the grace to answer. */
    private void closeWith(int code, String reason, boolean drop) {
        if (phase == GONE || closeQueued) {
            return;
        }
        beginClosing();
        closeQueued = true;
        byte[] text = CloseReason.fit(reason).getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[2 + text.length];
        payload[0] = (byte) (code >> 8);
        payload[1] = (byte) code;
        System.arraycopy(text, 0, payload, 2, text.length);
        queueControl(WebSocketFrames.CLOSE, payload);
        dropOnceFlushed |= drop;
        pump();
    }

    private void beginClosing() {
        if (phase != CLOSING) {
            phase = phase == NEW ? NEW : CLOSING;
            closingSince = System.nanoTime();
        }
        Subscription<WireFrame> current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    /** Drops the socket without a close frame, and forgets the connection. Idempotent. */
    void drop() {
        if (phase == GONE) {
            return;
        }
        phase = GONE;
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
        registry.remove(this);
        finished.countDown();
    }

    // ---- heartbeat (lane thread) ----

    /** Pings a quiet client, closes one that did not answer, drops one that did not finish closing. */
    void beat(long now) {
        HeartbeatTiming timing = lane.timing();
        if (phase == CLOSING && now - closingSince > timing.closeGrace()) {
            drop();
        } else if (phase == OPEN && pingedAt != 0 && now - pingedAt > timing.pongWithin()) {
            closeWith(CloseCodes.GOING_AWAY, "heartbeat timeout; resume with since=" + lastDeliveredSeq(), true);
        } else if (phase == OPEN && pingedAt == 0 && now - lastHeard >= timing.pingAfter()) {
            pingedAt = now;
            queueControl(WebSocketFrames.PING, new byte[0]);
            pump();
        }
    }

    private long lastDeliveredSeq() {
        Subscription<WireFrame> current = subscription;
        return current == null ? 0 : current.lastDeliveredSeq();
    }

    // ---- what the client says (lane thread) ----

    /** Answers {@code {"op":"ping"}}; while an answer still waits to be written, a further ping needs no other. */
    @Override
    public void text(String message) {
        if (phase == OPEN && ClientMessages.isPing(message) && unsentControl(WebSocketFrames.TEXT) == null) {
            queueControl(WebSocketFrames.TEXT, PONG_MESSAGE);
            pump();
        }
    }

    @Override
    public void binary(int length) {
        // ignored: clients only ever need to say {"op":"ping"}
    }

    /**
     * Answers a ping with its payload. A pong not yet begun gives way to this one (RFC 6455 §5.5.3
     * allows answering the most recent ping only), so a client that pings without reading never
     * makes the answers pile up.
     */
    @Override
    public void ping(byte[] payload) {
        if (phase == OPEN) {
            ByteBuffer unsent = unsentControl(WebSocketFrames.PONG);
            if (unsent != null) {
                control.removeIf(frame -> frame == unsent);
            }
            queueControl(WebSocketFrames.PONG, payload);
            pump();
        }
    }

    @Override
    public void pong() {
        // any frame counts as an answer to a ping (lastHeard)
    }

    /**
     * The client's close: answered with the same code unless the server's close is already out or
     * queued, in which case the handshake is complete once that is written and the socket goes.
     */
    @Override
    public void close(int code, String reason) {
        if (dropOnceCloseIsOut()) {
            return;
        }
        closeWith(code == CloseCodes.NO_STATUS ? CloseCodes.NORMAL : code, "", true);
    }

    /** A broken rule: close with {@code code}, or, when the server's close is already on its way, just drop once it is out. */
    @Override
    public void fail(int code, String reason) {
        if (dropOnceCloseIsOut()) {
            return;
        }
        closeWith(code, reason, true);
    }

    /** When the server's close is out or queued, the socket goes once it is written; true if so. */
    private boolean dropOnceCloseIsOut() {
        if (!closeQueued) {
            return false;
        }
        dropOnceFlushed = true;
        pump();
        return true;
    }

    /** The queued control frame with {@code opcode} that has not begun to be written, or null. */
    private ByteBuffer unsentControl(int opcode) {
        if (control != null) {
            for (ByteBuffer frame : control) {
                if (frame.position() == 0 && (frame.get(0) & 0x0F) == opcode) {
                    return frame;
                }
            }
        }
        return null;
    }
}
