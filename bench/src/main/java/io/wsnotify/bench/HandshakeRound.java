package io.wsnotify.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Recorder;

/** One round of opening handshakes: a bound on those in flight, their latency, the failures, and the end. */
final class HandshakeRound {

    private final int attempted;
    private final Semaphore inFlight;
    private final CountDownLatch done;
    private final Recorder micros = new Recorder(3);
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();
    private final long startNanos = System.nanoTime();

    /** A round of {@code attempted} handshakes, at most {@code concurrency} at a time, starting now. */
    HandshakeRound(int attempted, int concurrency) {
        this.attempted = attempted;
        this.inFlight = new Semaphore(concurrency);
        this.done = new CountDownLatch(attempted);
    }

    /** Waits for room for one more handshake. */
    void acquire() throws InterruptedException {
        inFlight.acquire();
    }

    /** A handshake succeeded after {@code nanos}. */
    void opened(long nanos) {
        micros.recordValue(nanos / 1000);
        inFlight.release();
        done.countDown();
    }

    /** Connecting or a handshake failed. */
    void failed(String why) {
        failed.incrementAndGet();
        firstFailure.compareAndSet(null, why);
        inFlight.release();
        done.countDown();
    }

    int failures() {
        return failed.get();
    }

    /** Waits until every handshake succeeded or failed, and sums the round up. */
    ConnectSummary await() throws InterruptedException {
        done.await();
        long wall = System.nanoTime() - startNanos;
        int failures = failed.get();
        return new ConnectSummary(
                attempted,
                attempted - failures,
                failures,
                wall,
                micros.getIntervalHistogram(),
                firstFailure.get(),
                null);
    }
}
