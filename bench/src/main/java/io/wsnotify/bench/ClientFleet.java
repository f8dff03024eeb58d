package io.wsnotify.bench;

import java.util.Arrays;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.HdrHistogram.Recorder;

/**
 * Opens and closes the benchmark's WebSockets: raw connections spread over a few {@link SelectorLoop}s (one
 * thread each), with a bounded number of handshakes in flight while ramping up.
 */
final class ClientFleet implements ConnectionEvents {

    private final BenchOptions options;
    private final DeliveryStats stats;
    private final SelectorLoop[] loops;
    private final RawConnection[] connections;
    private final BenchClient[] clients;
    private final Recorder handshake = new Recorder(3);
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();
    private Semaphore inFlight;
    private CountDownLatch handshakes;
    private final AtomicInteger closing = new AtomicInteger();

    ClientFleet(BenchOptions options, DeliveryStats stats) {
        this.options = options;
        this.stats = stats;
        this.loops = new SelectorLoop[options.ioThreads()];
        for (int i = 0; i < loops.length; i++) {
            loops[i] = new SelectorLoop("ws-loop-" + i);
        }
        this.connections = new RawConnection[options.clients()];
        this.clients = new BenchClient[options.clients()];
    }

    /** Opens every client, at most {@code connectConcurrency} handshakes at a time. */
    ConnectSummary connectAll() throws InterruptedException {
        int n = connections.length;
        inFlight = new Semaphore(options.connectConcurrency());
        handshakes = new CountDownLatch(n);
        long timeout = options.connectTimeout().toNanos();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            inFlight.acquire();
            SelectorLoop loop = loops[i % loops.length];
            clients[i] = new BenchClient(stats, options.eventTopic());
            RawConnection connection = new RawConnection(options.wsUri(i), loop, clients[i], this);
            connections[i] = connection;
            loop.execute(() -> connection.open(timeout));
            if ((i + 1) % 1000 == 0) {
                Log.info("connecting: %d started, %d failed", i + 1, failed.get());
            }
        }
        handshakes.await();
        long wall = System.nanoTime() - start;
        return new ConnectSummary(n, n - failed.get(), failed.get(), wall, handshake.getIntervalHistogram(),
                firstFailure.get());
    }

    /** Distinct measured events received, per connected client. */
    int[] receivedPerClient() {
        int[] counts = new int[connections.length];
        int c = 0;
        for (int i = 0; i < connections.length; i++) {
            if (clients[i].isOpened()) {
                counts[c++] = clients[i].received();
            }
        }
        return Arrays.copyOf(counts, c);
    }

    /** Closes every client with 1000, waits up to {@code timeoutMillis}, then drops the rest; returns how many. */
    int closeAll(long timeoutMillis) throws InterruptedException {
        CountDownLatch submitted = new CountDownLatch(connections.length);
        for (int i = 0; i < connections.length; i++) {
            RawConnection connection = connections[i];
            loops[i % loops.length].execute(() -> {
                if (connection.close()) {
                    closing.incrementAndGet();
                }
                submitted.countDown();
            });
        }
        submitted.await();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (closing.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        int unclean = closing.get();
        for (int i = 0; i < connections.length; i++) {
            loops[i % loops.length].execute(connections[i]::abort);
        }
        for (SelectorLoop loop : loops) {
            loop.close();
        }
        return unclean;
    }

    @Override
    public void opened(RawConnection connection, long handshakeNanos) {
        handshake.recordValue(handshakeNanos / 1000);
        inFlight.release();
        handshakes.countDown();
    }

    @Override
    public void failed(RawConnection connection, String why) {
        failed.incrementAndGet();
        firstFailure.compareAndSet(null, why);
        inFlight.release();
        handshakes.countDown();
    }

    @Override
    public void closed(RawConnection connection) {
        closing.decrementAndGet();
    }

    static String describe(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && (t instanceof CompletionException || t instanceof ExecutionException)) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
