package io.wsnotify.adapter.http;

import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.http.ServerResponse;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The writing side of one {@code /events} stream: one event at a time, from any thread, under
 * one lock. The first failed write marks the stream broken (later writes are skipped) and is
 * reported once. {@link #abort} drops the socket, failing a write blocked on the peer.
 */
final class SseWriter {
    private final ReentrantLock lock = new ReentrantLock();
    private final Runnable onBroken;
    private volatile AbortableSseSink sink;
    private volatile boolean broken;

    /** {@code onBroken} is told when a write fails (the client went away). */
    SseWriter(Runnable onBroken) {
        this.onBroken = onBroken;
    }

    /**
     * Runs {@code first}, then opens the response; writes from other threads wait for both, so
     * none goes out before the headers. When the response cannot be opened, {@code undo} gets
     * what {@code first} made and the failure is rethrown.
     */
    <T> T openAfter(Supplier<T> first, Consumer<T> undo, ServerResponse res) {
        lock.lock();
        try {
            T made = first.get();
            try {
                sink = res.sink(AbortableSseSink.TYPE);
            } catch (RuntimeException e) {
                undo.accept(made);
                throw e;
            }
            return made;
        } finally {
            lock.unlock();
        }
    }

    /** Writes one event, waiting for the lock; false when the stream is broken. */
    boolean write(SseEvent event) {
        lock.lock();
        try {
            return emit(event);
        } finally {
            lock.unlock();
        }
    }

    /** Writes a comment unless another write is under way (then the stream is not idle anyway). */
    void commentIfFree(String comment) {
        if (lock.tryLock()) {
            try {
                emit(SseEvent.builder().comment(comment).build());
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Ends the response politely (the last comment, if any, then the end of the body) when the
     * lock comes free within {@code grace}; otherwise a write is stuck on the peer and the
     * socket is dropped instead.
     */
    void close(String lastComment, Duration grace) throws InterruptedException {
        if (!lock.tryLock(grace.toNanos(), TimeUnit.NANOSECONDS)) {
            abort();
            return;
        }
        try {
            if (lastComment != null) {
                emit(SseEvent.builder().comment(lastComment).build());
            }
            if (!broken) {
                sink.close();
            }
        } catch (RuntimeException e) {
            // the client is gone already; nothing left to close politely
        } finally {
            broken = true;
            lock.unlock();
        }
    }

    /** Drops the socket; blocked writes fail at once. Safe from any thread, before the stream opens too. */
    void abort() {
        broken = true;
        AbortableSseSink current = sink;
        if (current != null) {
            current.abort();
        }
    }

    private boolean emit(SseEvent event) {
        if (broken) {
            return false;
        }
        try {
            sink.emit(event);
            return true;
        } catch (RuntimeException e) {
            broken = true;
            onBroken.run();
            return false;
        }
    }
}
