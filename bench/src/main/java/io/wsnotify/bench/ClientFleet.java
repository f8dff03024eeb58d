package io.wsnotify.bench;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
    private final AtomicInteger closing = new AtomicInteger();
    private volatile HandshakeRound round;

    /** A fleet of {@code count} clients (ids 0..count-1) on {@code options.ioThreads()} selector threads. */
    ClientFleet(BenchOptions options, DeliveryStats stats, int count) {
        this.options = options;
        this.stats = stats;
        this.loops = new SelectorLoop[options.ioThreads()];
        for (int i = 0; i < loops.length; i++) {
            loops[i] = new SelectorLoop("ws-loop-" + i);
        }
        this.connections = new RawConnection[count];
        this.clients = new BenchClient[count];
        for (int i = 0; i < count; i++) {
            clients[i] = new BenchClient(stats, options.eventTopic());
        }
    }

    /** Opens every client, at most {@code connectConcurrency} handshakes at a time. */
    ConnectSummary connectAll() throws InterruptedException {
        return openAll(options.connectConcurrency(), false);
    }

    /**
     * Opens a new connection for every client that had opened one, with {@code since=} its last seq, at most
     * {@code concurrency} handshakes at a time: the clients' side of a restart or deploy.
     */
    ConnectSummary reconnectAll(int concurrency) throws InterruptedException {
        return openAll(concurrency, true);
    }

    private ConnectSummary openAll(int concurrency, boolean resume) throws InterruptedException {
        int n = 0;
        for (BenchClient client : clients) {
            n += !resume || client.isOpened() ? 1 : 0;
        }
        HandshakeRound handshakes = new HandshakeRound(n, concurrency);
        round = handshakes;
        long timeout = options.connectTimeout().toNanos();
        int started = 0;
        for (int i = 0; i < connections.length; i++) {
            if (resume && !clients[i].isOpened()) {
                continue;
            }
            handshakes.acquire();
            int id = i;
            SelectorLoop loop = loops[i % loops.length];
            loop.execute(
                    () -> { // on the loop: the client's last seq is the loop's to read
                        long since = resume ? Math.max(0, clients[id].lastSeq()) : -1;
                        connections[id] = new RawConnection(options.wsUri(id, since), loop, clients[id], this);
                        connections[id].open(timeout);
                    });
            if (++started % 1000 == 0) {
                Log.info("connecting: %d started, %d failed", started, handshakes.failures());
            }
        }
        return handshakes.await();
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

    /** How many clients have received {@code events} distinct events published while they were away. */
    int resumedClients(int events) {
        int n = 0;
        for (BenchClient client : clients) {
            n += client.isOpened() && client.resumed() == events ? 1 : 0;
        }
        return n;
    }

    /** Closes every client with 1000, waits up to {@code timeoutMillis}, then drops the rest; returns how many. */
    int disconnectAll(long timeoutMillis) throws InterruptedException {
        CountDownLatch submitted = new CountDownLatch(connections.length);
        for (int i = 0; i < connections.length; i++) {
            int id = i;
            loops[i % loops.length].execute(() -> {
                if (connections[id] != null && connections[id].close()) {
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
        CountDownLatch dropped = new CountDownLatch(connections.length);
        for (int i = 0; i < connections.length; i++) {
            int id = i;
            loops[i % loops.length].execute(() -> {
                if (connections[id] != null) {
                    connections[id].abort();
                }
                dropped.countDown();
            });
        }
        dropped.await();
        closing.set(0);
        return unclean;
    }

    /** Disconnects every client (as {@link #disconnectAll}) and stops the selector threads. */
    int closeAll(long timeoutMillis) throws InterruptedException {
        int unclean = disconnectAll(timeoutMillis);
        for (SelectorLoop loop : loops) {
            loop.close();
        }
        return unclean;
    }

    @Override
    public void opened(RawConnection connection, long handshakeNanos) {
        round.opened(handshakeNanos);
    }

    @Override
    public void failed(RawConnection connection, String why) {
        round.failed(why);
    }

    @Override
    public void closed(RawConnection connection) {
        closing.decrementAndGet();
    }
}
