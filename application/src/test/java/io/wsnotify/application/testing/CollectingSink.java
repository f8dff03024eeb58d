package io.wsnotify.application.testing;

import io.wsnotify.application.live.DeliverySink;
import io.wsnotify.application.live.EndReason;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A {@link DeliverySink} that keeps every frame with the seq the core gave it (0 for system
 * frames), and lets a test wait, with a timeout, for frames or for the end of the connection.
 */
public class CollectingSink implements DeliverySink {
    private final List<Long> seqs = new ArrayList<>();
    private final List<String> frames = new ArrayList<>();
    private final CompletableFuture<EndReason> ended = new CompletableFuture<>();

    @Override
    public void send(String frame) throws Exception {
        send(-1, frame);
    }

    @Override
    public void send(long seq, String frame) throws Exception {
        synchronized (this) {
            seqs.add(seq);
            frames.add(frame);
            notifyAll();
        }
    }

    @Override
    public void end(EndReason reason) {
        ended.complete(reason);
    }

    public synchronized List<Long> seqs() {
        return List.copyOf(seqs);
    }

    /** Seqs of log notifications only (system frames left out). */
    public synchronized List<Long> notificationSeqs() {
        return seqs.stream().filter(seq -> seq > 0).toList();
    }

    public synchronized List<String> frames() {
        return List.copyOf(frames);
    }

    /** Waits until a notification with at least this seq arrived. */
    public void awaitSeq(long seq, Duration timeout) throws InterruptedException {
        awaitFrames(all -> all.stream().anyMatch(s -> s >= seq), timeout, "seq " + seq);
    }

    /** Waits until at least {@code count} frames (system frames included) arrived. */
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
