package io.wsnotify.application.testing;

import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.live.DeliverySink;
import io.wsnotify.application.live.EndReason;
import io.wsnotify.application.live.Frame;
import io.wsnotify.application.live.StreamNotice;
import io.wsnotify.application.live.Subscription;
import io.wsnotify.application.live.SubscriptionRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A transport in miniature: a thread of its own polls the subscription whenever the core says it
 * is ready, "writes" each frame by keeping it, and confirms it delivered. A write that throws is
 * a peer gone away: the subscription is cancelled. Tests wait, with a timeout, for frames or for
 * the end of the connection. Frames of the core built by {@link TestCores} are values: a
 * notification or a {@link StreamNotice}.
 */
public class CollectingSink implements DeliverySink {
    private static final int BATCH = 16;
    private final List<Long> seqs = new ArrayList<>();
    private final List<Object> payloads = new ArrayList<>();
    private final CompletableFuture<EndReason> ended = new CompletableFuture<>();
    private final CompletableFuture<Subscription<Object>> attached = new CompletableFuture<>();
    private final Semaphore wakeups = new Semaphore(0);
    private volatile boolean stopped;

    public CollectingSink() {
        Thread.ofVirtual().name("test-sink").start(this::consume);
    }

    /** Subscribes a new sink of this kind to the core's live feed and starts consuming. */
    public static <S extends CollectingSink> S subscribe(NotifyCore<Object> core, SubscriptionRequest request, S sink) {
        sink.attach(core.live().subscribe(request, sink));
        return sink;
    }

    public static CollectingSink subscribe(NotifyCore<Object> core, SubscriptionRequest request) {
        return subscribe(core, request, new CollectingSink());
    }

    public void attach(Subscription<Object> subscription) {
        attached.complete(subscription);
    }

    public Subscription<Object> subscription() {
        return attached.join();
    }

    @Override
    public void ready() {
        wakeups.release();
    }

    @Override
    public void end(EndReason reason) {
        ended.complete(reason);
        wakeups.release();
    }

    /** Keeps the frame; a subclass may block or throw, as a slow or broken peer would. */
    protected void write(Frame<Object> frame) throws Exception {
        synchronized (this) {
            seqs.add(frame.seq());
            payloads.add(frame.payload());
            notifyAll();
        }
    }

    @SuppressWarnings("unchecked")
    private void consume() {
        Subscription<Object> subscription = attached.join();
        Frame<Object>[] batch = new Frame[BATCH];
        try {
            while (!stopped) {
                int taken = subscription.poll(batch, Long.MAX_VALUE);
                for (int i = 0; i < taken; i++) {
                    write(batch[i]);
                    subscription.delivered(batch[i]);
                }
                if (taken == 0) {
                    if (ended.isDone() || subscription.isEnded()) {
                        return;
                    }
                    wakeups.tryAcquire(100, TimeUnit.MILLISECONDS);
                }
            }
        } catch (Exception peerGone) {
            subscription.cancel();
        }
    }

    /** Stops consuming, as a transport that closed the connection. */
    public void close() {
        stopped = true;
        attached.thenAccept(Subscription::cancel);
        wakeups.release();
    }

    public synchronized List<Long> seqs() {
        return List.copyOf(seqs);
    }

    /** Seqs of log notifications only (notices left out). */
    public synchronized List<Long> notificationSeqs() {
        return seqs.stream().filter(seq -> seq > 0).toList();
    }

    public synchronized List<Object> payloads() {
        return List.copyOf(payloads);
    }

    /** The notice at {@code position} in the stream. */
    public synchronized StreamNotice notice(int position) {
        return (StreamNotice) payloads.get(position);
    }

    /** Waits until a notification with at least this seq arrived. */
    public void awaitSeq(long seq, Duration timeout) throws InterruptedException {
        awaitFrames(all -> all.stream().anyMatch(s -> s >= seq), timeout, "seq " + seq);
    }

    /** Waits until at least {@code count} frames (notices included) arrived. */
    public void awaitCount(int count, Duration timeout) throws InterruptedException {
        awaitFrames(all -> all.size() >= count, timeout, count + " frames");
    }

    private synchronized void awaitFrames(Predicate<List<Long>> done, Duration timeout, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.test(seqs)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("timed out waiting for " + what + "; got seqs " + seqs);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    public boolean hasEnded() {
        return ended.isDone();
    }

    /** The reason the core ended this connection, waiting for it up to the timeout. */
    public EndReason awaitEnd(Duration timeout) throws InterruptedException {
        try {
            return ended.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("connection not ended within " + timeout + "; got seqs " + seqs());
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
