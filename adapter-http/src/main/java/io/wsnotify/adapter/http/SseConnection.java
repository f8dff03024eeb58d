package io.wsnotify.adapter.http;

import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.http.ServerResponse;
import io.wsnotify.application.live.DeliverySink;
import io.wsnotify.application.live.EndReason;
import io.wsnotify.application.live.Subscription;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One {@code /events} stream: the core's {@link DeliverySink} writing SSE events.
 *
 * <p>Threading: the request's thread {@link #serve serves} the stream until it ends, sending a
 * heartbeat comment whenever it has been idle for the heartbeat period; the core's delivery
 * thread sends frames. The {@link SseWriter} keeps the two from writing at once. The stream
 * ends when the core ends it (slow consumer, shutdown: a last comment names the seq to resume
 * from), when a write fails (the client went away) or when the request thread is interrupted.
 *
 * <p>Ending is bounded: from the end on, the stream has {@code closeGrace} to write its last
 * comment and close. A peer that stopped reading but stays connected (a slow consumer) blocks
 * writes for good, so past the grace the socket is dropped: the blocked write fails and both
 * threads are freed.
 */
final class SseConnection implements DeliverySink {
    private final CountDownLatch finished = new CountDownLatch(1);
    private final SseWriter writer = new SseWriter(finished::countDown);
    private final Duration heartbeat;
    private final Duration closeGrace;
    private final CloseDeadline deadline;
    private volatile EndReason endReason;

    SseConnection(Duration heartbeat, Duration closeGrace) {
        this.heartbeat = heartbeat;
        this.closeGrace = closeGrace;
        this.deadline = new CloseDeadline(closeGrace, writer::abort);
    }

    /**
     * Subscribes, then opens the stream, and blocks until it ends. The subscription is made
     * before the response headers go out, so a client that has seen them misses nothing; frames
     * wait for the headers in the writer.
     */
    void serve(ServerResponse res, Function<DeliverySink, Subscription> subscribe) {
        Subscription subscription = writer.openAfter(() -> subscribe.apply(this), Subscription::cancel, res);
        try {
            awaitEnd();
        } finally {
            subscription.cancel();
            close();
        }
    }

    @Override
    public void send(String frame) throws Exception {
        send(0, frame);
    }

    /** One event: {@code id: seq} (none for system frames, seq 0) and {@code data: envelope}. */
    @Override
    public void send(long seq, String frame) throws Exception {
        SseEvent.Builder event = SseEvent.builder().data(frame);
        if (seq > 0) {
            event.id(Long.toString(seq));
        }
        if (!writer.write(event.build())) {
            throw new IOException("the SSE client went away");
        }
    }

    /** Called by the core, from any thread; does not wait for the peer. */
    @Override
    public void end(EndReason reason) {
        endReason = reason;
        finished.countDown();
        deadline.arm();
    }

    private void awaitEnd() {
        try {
            while (!finished.await(heartbeat.toMillis(), TimeUnit.MILLISECONDS)) {
                writer.commentIfFree("heartbeat");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void close() {
        deadline.arm();
        EndReason reason = endReason;
        if (reason != null && reason.sendInFlight()) {
            writer.abort(); // a last comment would follow the blocked event and name a seq before it
            deadline.met();
            return;
        }
        try {
            writer.close(reason == null ? null : reason.description(), closeGrace);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writer.abort();
        } finally {
            deadline.met();
        }
    }
}
