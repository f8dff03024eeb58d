package io.wsnotify.bench;

import java.io.PrintStream;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * The clients' side of a restart or deploy, after the measured phase: every client disconnects, events are
 * published while they are away, then all reconnect at once, each with {@code since=} the last seq it received.
 * Times how long until every client has what it missed, and checks that nothing is lost or sent twice (the
 * clients keep their record of what they saw across the reconnect).
 */
final class ResumePhase {

    private final BenchOptions options;
    private final ClientFleet fleet;
    private final EventPublisher publisher;
    private final DeliveryStats stats;
    private final ProcProbe server;

    ResumePhase(
            BenchOptions options, ClientFleet fleet, EventPublisher publisher, DeliveryStats stats, ProcProbe server) {
        this.options = options;
        this.fleet = fleet;
        this.publisher = publisher;
        this.stats = stats;
        this.server = server;
    }

    /** Runs the phase and prints its figures and RESUME line to {@code out}; returns the deliveries lost. */
    long run(PrintStream out) throws InterruptedException {
        int missed = options.resumeMissed();
        int unclean = fleet.disconnectAll(10_000);
        Log.info(
                "disconnected every client (%d without a closing handshake); publishing %d events meanwhile",
                unclean, missed);
        FaultCounts faults = stats.faults();
        long duplicates = faults.duplicates();
        long outOfOrder = faults.outOfOrderFrames();
        long closes = faults.serverCloses();
        PublishSummary publish = publisher.publish(stats.resumeFrom(), missed);
        Log.info("reconnecting with since=, %d handshakes in flight", options.resumeConcurrency());
        PhaseCpu phase = PhaseCpu.start(server);
        long start = System.nanoTime();
        ConnectSummary reconnect = fleet.reconnectAll(options.resumeConcurrency());
        long expected = (long) reconnect.attempted() * missed;
        FanOutBenchmark.awaitDeliveries(
                stats::resumeUnique, expected, options.waitTimeout().toNanos());
        phase.stop();
        double otherLoad = phase.otherPercent();
        long lost = Math.max(0, expected - stats.resumeUnique());
        double resumedSeconds = lost == 0 && missed > 0 ? (stats.lastResumeNanos() - start) / 1e9 : Double.NaN;
        long cpu = phase.serverNanos();
        Histogram hs = reconnect.handshakeMicros();

        out.println("================ resume after a reconnect of every client ================");
        line(
                out,
                "disconnected",
                "%d clients (%d without a closing handshake); %d events published meanwhile" + " (POST failures %d)",
                reconnect.attempted(),
                unclean,
                missed,
                publish.failed());
        line(
                out,
                "reconnected",
                "%d with since=, %d failed%s; all handshakes done in %.2f s",
                reconnect.connected(),
                reconnect.failed(),
                reconnect.firstFailure() == null ? "" : " (first: " + reconnect.firstFailure() + ")",
                reconnect.wallNanos() / 1e9);
        line(
                out,
                "handshake",
                "p50 %.2f  p99 %.2f  max %.2f ms",
                hs.getValueAtPercentile(50) / 1000.0,
                hs.getValueAtPercentile(99) / 1000.0,
                hs.getMaxValue() / 1000.0);
        line(
                out,
                "all resumed",
                "%s s after reconnecting began (every missed event at every client)",
                Double.isNaN(resumedSeconds) ? "n/a (not all)" : String.format(Locale.ROOT, "%.2f", resumedSeconds));
        line(
                out,
                "lost deliveries",
                "%d of %d; clients complete %d of %d",
                lost,
                expected,
                fleet.resumedClients(missed),
                reconnect.attempted());
        line(
                out,
                "duplicates",
                "%d;  out of order %d;  server closes %d",
                faults.duplicates() - duplicates,
                faults.outOfOrderFrames() - outOfOrder,
                faults.serverCloses() - closes);
        line(
                out,
                "server CPU",
                "%s ms from the first reconnect to the last missed delivery; other processes %.0f%%" + " of one core",
                cpu < 0 ? "n/a" : Long.toString(cpu / 1_000_000),
                otherLoad);
        out.println("==========================================================================");
        out.printf(
                Locale.ROOT,
                "RESUME clients=%d reconnected=%d failed=%d missed=%d reconnect_s=%.2f resumed_s=%s"
                        + " rc_hs_p50_ms=%.2f rc_hs_p99_ms=%.2f rc_lost=%d rc_dup=%d rc_out_of_order=%d"
                        + " rc_server_cpu_ms=%s rc_other_load_pct=%.0f%n",
                reconnect.attempted(),
                reconnect.connected(),
                reconnect.failed(),
                missed,
                reconnect.wallNanos() / 1e9,
                Double.isNaN(resumedSeconds) ? "na" : String.format(Locale.ROOT, "%.2f", resumedSeconds),
                hs.getValueAtPercentile(50) / 1000.0,
                hs.getValueAtPercentile(99) / 1000.0,
                lost,
                faults.duplicates() - duplicates,
                faults.outOfOrderFrames() - outOfOrder,
                cpu < 0 ? "na" : Long.toString(cpu / 1_000_000),
                otherLoad);
        out.flush();
        return lost;
    }

    private static void line(PrintStream out, String label, String format, Object... args) {
        out.printf(Locale.ROOT, "%-20s %s%n", label + ":", String.format(Locale.ROOT, format, args));
    }
}
