package io.wsnotify.bench;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;

/** Fan-out benchmark: N WebSocket clients, E events by POST /notify, latency, loss, memory and CPU figures. */
public final class FanOutBenchmark {

    private FanOutBenchmark() {}

    /** Runs the benchmark; exit 0, 1 on loss with --fail-on-loss, 2 on bad arguments or no connection at all. */
    public static void main(String[] args) throws InterruptedException {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && !e.getMessage().isEmpty()) {
                System.err.println("error: " + e.getMessage());
            }
            System.err.print(Usage.TEXT);
            System.exit(2);
            return;
        }
        System.exit(run(options));
    }

    static int run(BenchOptions options) throws InterruptedException {
        ProcProbe server = new ProcProbe(options.pids());
        ProcProbe self = ProcProbe.self();
        DeliveryStats stats = new DeliveryStats(options.warmup(), options.events(), options.resumeMissed());
        warmConnections(options);
        ClientFleet fleet = new ClientFleet(options, stats, options.clients());
        EventPublisher publisher = new EventPublisher(options, stats);

        ProcSample before = server.sample();
        ProcSample beforeGc = gcSample(options, server);
        Log.info(
                "opening %d clients to %s (%d handshakes in flight)",
                options.clients(), options.wsUri(0), options.connectConcurrency());
        PhaseCpu connectCpu = PhaseCpu.start(server);
        ConnectSummary connect = fleet.connectAll().withCpu(connectCpu.stop());
        Log.info("connected %d, failed %d in %.2f s", connect.connected(), connect.failed(), connect.wallNanos() / 1e9);
        if (connect.connected() == 0) {
            Log.info("no client connected%s", connect.firstFailure() == null ? "" : ": " + connect.firstFailure());
            fleet.closeAll(1000);
            publisher.close();
            return 2;
        }
        Thread.sleep(options.settle().toMillis());
        ProcSample idle = server.sample();
        ProcSample idleGc = gcSample(options, server);

        if (options.warmupPosts() > 0) {
            Log.info("warming up the request path: %d POSTs to topic %s", options.warmupPosts(), WarmupPosts.TOPIC);
            long warmupStart = System.nanoTime();
            int failed = new WarmupPosts(options).run(options.warmupPosts());
            double seconds = (System.nanoTime() - warmupStart) / 1e9;
            Log.info(
                    "warm-up POSTs done (%d failed) in %.2f s: %.0f POSTs/s with %d in flight",
                    failed, seconds, options.warmupPosts() / seconds, WarmupPosts.IN_FLIGHT);
        }
        long warmupExpected = (long) connect.connected() * options.warmup();
        if (options.warmup() > 0) {
            Log.info("warming up: %d events at %.1f/s", options.warmup(), options.rate());
            publisher.publish(0, options.warmup());
            awaitDeliveries(
                    stats::warmupUnique, warmupExpected, options.waitTimeout().toNanos());
            Log.info("warm-up delivered %d of %d", stats.warmupUnique(), warmupExpected);
        }
        JfrControl jfr = new JfrControl(options.pid(), options.pid() > 0 ? options.jfr() : null);
        jfr.start();
        Log.info("publishing %d events at %.1f/s", options.events(), options.rate());
        ProcSample eventStart = server.sample();
        ProcSample benchStart = self.sample();
        long machineStart = MachineProbe.busyNanos();
        PublishSummary publish = publisher.publish(options.warmup(), options.events());
        long expected = (long) connect.connected() * options.events();
        Log.info(
                "all POSTs answered (%d failed); waiting up to %d s for %d deliveries",
                publish.failed(), options.waitTimeout().toSeconds(), expected);
        awaitDeliveries(stats::unique, expected, options.waitTimeout().toNanos());
        ProcSample eventEnd = server.sample();
        ProcSample benchEnd = self.sample();
        long machineEnd = MachineProbe.busyNanos();
        jfr.stop();

        Histogram latency = stats.latencyMicros();
        RunSamples samples = new RunSamples(
                before, idle, eventStart, eventEnd, benchStart, benchEnd, machineStart, machineEnd, beforeGc, idleGc);
        long lost = new Report(System.out)
                .print(options, connect, publish, stats, fleet.receivedPerClient(), samples, latency);
        long warmupLost = Math.max(0, warmupExpected - stats.warmupUnique());
        if (options.resumeMissed() > 0) {
            lost += new ResumePhase(options, fleet, publisher, stats, server).run(System.out);
        }

        publisher.close();
        int unclean = fleet.closeAll(10_000);
        Log.info("closed all clients (%d without a closing handshake)", unclean);
        return (lost > 0 || warmupLost > 0) && options.failOnLoss() ? 1 : 0;
    }

    /** With --connect-warmup N: opens and closes N clients, so the measured connect meets a warmed-up server. */
    private static void warmConnections(BenchOptions options) throws InterruptedException {
        if (options.connectWarmup() > 0) {
            ClientFleet fleet = new ClientFleet(options, new DeliveryStats(0, 1, 0), options.connectWarmup());
            ConnectSummary warm = fleet.connectAll();
            int unclean = fleet.closeAll(10_000);
            Log.info(
                    "connect warm-up: %d clients connected in %.2f s (%d failed), closed (%d without a closing"
                            + " handshake)",
                    warm.connected(), warm.wallNanos() / 1e9, warm.failed(), unclean);
        }
    }

    /** With --rss-gc, a server sample taken right after a full GC of each node; otherwise an unknown sample. */
    private static ProcSample gcSample(BenchOptions options, ProcProbe server) {
        if (!options.rssGc()
                || options.pid() <= 0
                || !options.pids().stream().allMatch(pid -> Jcmd.run(pid, "GC.run"))) {
            return ProcSample.unknown();
        }
        return server.sample();
    }

    /** Waits until {@code expected} distinct deliveries arrived, or {@code timeoutNanos} passed without all. */
    static void awaitDeliveries(LongSupplier delivered, long expected, long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        long nextLog = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (delivered.getAsLong() < expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
            if (System.nanoTime() > nextLog) {
                Log.info("  %d of %d delivered", delivered.getAsLong(), expected);
                nextLog += TimeUnit.SECONDS.toNanos(5);
            }
        }
    }
}
