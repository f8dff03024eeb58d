package io.wsnotify.adapter.http;

import io.helidon.common.buffers.DataReader;
import io.helidon.common.socket.HelidonSocket;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http.ServerResponse;
import io.wsnotify.application.live.DeliverySink;
import io.wsnotify.application.live.EndReason;
import io.wsnotify.application.live.Frame;
import io.wsnotify.application.live.Subscription;
import io.wsnotify.wire.SseEvents;
import io.wsnotify.wire.WireFrame;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * One {@code /events} stream: the core's {@link DeliverySink} for it, served by the request's own
 * thread, which polls the subscription, writes the events (encoded once per notification for the
 * whole node), and a heartbeat comment when the stream has been idle for the heartbeat period.
 *
 * <p>A second, virtual thread reads the connection: a client that goes away is noticed at once
 * (end of stream), not at the next write. When the core ends the stream (slow consumer, shutdown)
 * a last comment names the seq to resume from; a writer stuck on a peer that stopped reading gets
 * {@code closeGrace}, then the socket is dropped under it. The response says
 * {@code Connection: close}: the connection ends with the stream.
 */
final class SseStream implements DeliverySink {
    private static final int BATCH = 64;
    private static final long BATCH_BYTES = 256 * 1024;
    private static final byte[] HEARTBEAT = SseEvents.comment("heartbeat");
    /** Reconnect soon: a stream ends on a server restart, and the client resumes where it was. */
    private static final byte[] RETRY = SseEvents.retry(1000);

    private final Thread serving = Thread.currentThread();
    private final Duration heartbeat;
    private final CloseDeadline deadline;
    private final HelidonSocket socket;
    private final DataReader reader;
    private volatile EndReason endReason;
    private volatile boolean clientGone;

    SseStream(ConnectionContext connection, Duration heartbeat, Duration closeGrace) {
        this.heartbeat = heartbeat;
        this.socket = connection.serverSocket();
        this.reader = connection.dataReader();
        this.deadline = new CloseDeadline(closeGrace, this::abort);
    }

    /**
     * Subscribes, then opens the stream, and serves it until it ends. The subscription is made
     * before the response headers go out, so a client that has seen them misses nothing.
     */
    void serve(ServerResponse res, Function<DeliverySink, Subscription<WireFrame>> subscribe) {
        res.header(HeaderNames.CONTENT_TYPE, "text/event-stream");
        res.header(HeaderNames.CACHE_CONTROL, "no-cache");
        res.header(HeaderValues.CONNECTION_CLOSE);
        Subscription<WireFrame> subscription = subscribe.apply(this);
        try (OutputStream out = res.outputStream()) {
            out.write(RETRY);
            out.flush();
            Thread.ofVirtual().name("sse-departure").start(this::watchForDeparture);
            pump(subscription, out);
        } catch (IOException | UncheckedIOException clientGone) {
            // the client went away, or the socket was dropped: nothing more can be written
        } finally {
            subscription.cancel();
            deadline.met();
        }
    }

    @Override
    public void ready() {
        LockSupport.unpark(serving);
    }

    /** Called by the core, from any thread; does not wait for the peer. */
    @Override
    public void end(EndReason reason) {
        endReason = reason;
        LockSupport.unpark(serving);
        deadline.arm();
    }

    @SuppressWarnings("unchecked")
    private void pump(Subscription<WireFrame> subscription, OutputStream out) throws IOException {
        Frame<WireFrame>[] batch = new Frame[BATCH];
        long nextBeat = System.nanoTime() + heartbeat.toNanos();
        while (true) {
            int taken = subscription.poll(batch, BATCH_BYTES);
            if (taken > 0) {
                write(subscription, batch, taken, out);
                nextBeat = System.nanoTime() + heartbeat.toNanos();
                continue;
            }
            EndReason ended = endReason;
            if (ended != null) {
                EndReason exact = new EndReason(ended.kind(), subscription.lastDeliveredSeq());
                out.write(SseEvents.comment(exact.description()));
                out.flush();
                return;
            }
            if (clientGone || subscription.isEnded()) {
                return;
            }
            long idle = nextBeat - System.nanoTime();
            if (idle <= 0) {
                out.write(HEARTBEAT);
                out.flush();
                nextBeat = System.nanoTime() + heartbeat.toNanos();
            } else {
                LockSupport.parkNanos(this, idle);
            }
        }
    }

    private static void write(
            Subscription<WireFrame> subscription, Frame<WireFrame>[] batch, int taken, OutputStream out)
            throws IOException {
        for (int i = 0; i < taken; i++) {
            out.write(batch[i].payload().sseEvent());
        }
        out.flush();
        for (int i = 0; i < taken; i++) {
            subscription.delivered(batch[i]);
            batch[i] = null;
        }
    }

    /** Reads (and drops) whatever the client sends until its side closes, then ends the stream. */
    private void watchForDeparture() {
        try {
            while (true) {
                reader.ensureAvailable();
                reader.skip(reader.available());
            }
        } catch (RuntimeException endOfStream) {
            clientGone = true;
            LockSupport.unpark(serving);
        }
    }

    private void abort() {
        try {
            socket.close();
        } catch (RuntimeException alreadyClosed) {
            // closed by the peer or by Helidon: nothing left to release
        }
    }
}
