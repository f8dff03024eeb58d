package io.wsnotify.bench;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/** Fan-out benchmark: N WebSocket clients, E events by POST /notify, latency, loss, memory and CPU figures. */
public final class FanOutBenchmark {

    private FanOutBenchmark() {
    }

    /** Runs the benchmark; exit 0, 1 on loss with --fail-on-loss, 2 on bad arguments or no connection at all. */
    public static void main(String[] args) throws InterruptedException {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && !e.getMessage().isEmpty()) {
                System.err.println("error: " + e.getMessage());
            }
            System.err.print(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        System.exit(run(options));
    }

    static int run(BenchOptions options) throws InterruptedException {
        ProcProbe server = new ProcProbe(options.pid());
        ProcProbe self = ProcProbe.self();
        DeliveryStats stats = new DeliveryStats(options.events());
        ClientFleet fleet = new ClientFleet(options, stats);
        EventPublisher publisher = new EventPublisher(options, stats);

        ProcSample before = server.sample();
        Log.info("opening %d clients to %s (%d handshakes in flight)", options.clients(), options.wsUri(0),
                options.connectConcurrency());
        ConnectSummary connect = fleet.connectAll();
        Log.info("connected %d, failed %d in %.2f s", connect.connected(), connect.failed(),
                connect.wallNanos() / 1e9);
        if (connect.connected() == 0) {
            Log.info("no client connected%s", connect.firstFailure() == null ? "" : ": " + connect.firstFailure());
            fleet.closeAll(1000);
            publisher.close();
            return 2;
        }
        Thread.sleep(options.settle().toMillis());
        ProcSample idle = server.sample();

        Log.info("publishing %d events at %.1f/s", options.events(), options.rate());
        ProcSample eventStart = server.sample();
        ProcSample benchStart = self.sample();
        PublishSummary publish = publisher.publish();
        long expected = (long) connect.connected() * options.events();
        Log.info("all POSTs answered (%d failed); waiting up to %d s for %d deliveries", publish.failed(),
                options.waitTimeout().toSeconds(), expected);
        awaitDeliveries(stats, expected, options.waitTimeout().toNanos());
        ProcSample eventEnd = server.sample();
        ProcSample benchEnd = self.sample();

        Histogram latency = stats.latencyMicros();
        RunSamples samples = new RunSamples(before, idle, eventStart, eventEnd, benchStart, benchEnd);
        long lost = new Report(System.out).print(options, connect, publish, stats, fleet.receivedPerClient(),
                samples, latency);

        publisher.close();
        int unclean = fleet.closeAll(10_000);
        Log.info("closed all clients (%d without a closing handshake)", unclean);
        return lost > 0 && options.failOnLoss() ? 1 : 0;
    }

    /** Waits until {@code expected} distinct deliveries arrived, or {@code timeoutNanos} passed without all. */
    private static void awaitDeliveries(DeliveryStats stats, long expected, long timeoutNanos)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        long nextLog = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (stats.unique() < expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
            if (System.nanoTime() > nextLog) {
                Log.info("  %d of %d delivered", stats.unique(), expected);
                nextLog += TimeUnit.SECONDS.toNanos(5);
            }
        }
    }
}
