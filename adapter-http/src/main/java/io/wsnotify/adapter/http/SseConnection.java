package io.wsnotify.adapter.http;

import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.sse.SseSink;
import io.wsnotify.application.live.DeliverySink;
import io.wsnotify.application.live.EndReason;
import io.wsnotify.application.live.Subscription;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * One {@code /events} stream: the core's {@link DeliverySink} writing SSE events.
 *
 * <p>Threading: the request's thread {@link #serve serves} the stream until it ends, sending a
 * heartbeat comment whenever it has been idle for the heartbeat period; the core's delivery
 * thread sends frames. One lock keeps the two from writing at once. The stream ends when the
 * core ends it (slow consumer, shutdown: a last comment names the seq to resume from), when a
 * write fails (the client went away) or when the request thread is interrupted.
 */
final class SseConnection implements DeliverySink {
    private final ReentrantLock writing = new ReentrantLock();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Duration heartbeat;
    private volatile EndReason endReason;
    private SseSink sink;
    private boolean broken;

    SseConnection(Duration heartbeat) {
        this.heartbeat = heartbeat;
    }

    /**
     * Subscribes, then opens the stream, and blocks until it ends. The subscription is made
     * before the response headers go out, so a client that has seen them misses nothing; frames
     * wait for the headers behind the write lock.
     */
    void serve(ServerResponse res, Function<DeliverySink, Subscription> subscribe) {
        Subscription subscription;
        writing.lock();
        try {
            subscription = subscribe.apply(this);
            try {
                sink = res.sink(SseSink.TYPE);
            } catch (RuntimeException e) {
                subscription.cancel();
                throw e;
            }
        } finally {
            writing.unlock();
        }
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
        writing.lock();
        try {
            if (!write(event.build())) {
                throw new IOException("the SSE client went away");
            }
        } finally {
            writing.unlock();
        }
    }

    @Override
    public void end(EndReason reason) {
        endReason = reason;
        finished.countDown();
    }

    private void awaitEnd() {
        try {
            while (!finished.await(heartbeat.toMillis(), TimeUnit.MILLISECONDS)) {
                if (writing.tryLock()) {
                    try {
                        write(SseEvent.builder().comment("heartbeat").build());
                    } finally {
                        writing.unlock();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes under the lock; a failure marks the stream broken and ends it. */
    private boolean write(SseEvent event) {
        if (broken) {
            return false;
        }
        try {
            sink.emit(event);
            return true;
        } catch (RuntimeException e) {
            broken = true;
            finished.countDown();
            return false;
        }
    }

    private void close() {
        writing.lock();
        try {
            EndReason reason = endReason;
            if (reason != null) {
                write(SseEvent.builder().comment(reason.description()).build());
            }
            if (!broken) {
                sink.close();
            }
        } catch (RuntimeException e) {
            // the client is gone already; nothing left to close politely
        } finally {
            broken = true;
            writing.unlock();
        }
    }
}
