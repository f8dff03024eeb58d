package io.wsnotify.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/** Prints the figure block and the machine-readable RESULT line of one run. */
final class Report {

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    /** Prints every figure; returns the number of lost deliveries. */
    long print(
            BenchOptions o,
            ConnectSummary c,
            PublishSummary p,
            DeliveryStats s,
            int[] perClient,
            RunSamples r,
            Histogram latency) {
        long expected = (long) c.connected() * p.events();
        long unique = s.unique();
        long lost = Math.max(0, expected - unique);
        long deliveries = unique + s.faults().duplicates();
        long complete = Arrays.stream(perClient).filter(n -> n == p.events()).count();
        long deliverySpan = s.lastDeliveryNanos() - p.firstSendNanos();
        double perSecond = deliverySpan > 0 ? deliveries / (deliverySpan / 1e9) : 0;
        long phaseNanos = r.serverEventEnd().atNanos() - r.serverEventStart().atNanos();
        long cpu = r.serverEventEnd().cpuSince(r.serverEventStart());
        long sys = r.serverEventEnd().sysSince(r.serverEventStart());
        long jit = r.serverEventEnd().jitSince(r.serverEventStart());
        double cpuPerDelivery = cpu >= 0 && deliveries > 0 ? cpu / 1000.0 / deliveries : Double.NaN;
        long idleGrowth = r.serverIdle().rssGrowthSince(r.serverBefore());
        double kibPerConn =
                idleGrowth != Long.MIN_VALUE && c.connected() > 0 ? (double) idleGrowth / c.connected() : Double.NaN;
        long benchCpu = r.benchEventEnd().cpuSince(r.benchEventStart());
        long machineBusy =
                r.machineBusyStart() < 0 || r.machineBusyEnd() < 0 ? -1 : r.machineBusyEnd() - r.machineBusyStart();
        double otherLoad = machineBusy < 0 || cpu < 0 || benchCpu < 0
                ? Double.NaN
                : 100.0 * Math.max(0, machineBusy - cpu - benchCpu) / phaseNanos;
        long gcGrowth = r.idleAfterGc().rssGrowthSince(r.beforeAfterGc());
        double gcKibPerConn =
                gcGrowth != Long.MIN_VALUE && c.connected() > 0 ? (double) gcGrowth / c.connected() : Double.NaN;
        Histogram hs = c.handshakeMicros();
        Histogram post = p.postMicros();

        out.println("==================== fan-out benchmark ====================");
        line(
                "server",
                "%s  %s",
                o.servers(),
                o.pid() > 0 ? "(pid " + pidList(o) + ")" : "(no --pid: no server figures)");
        line("topic filter", "%s", o.topic() == null ? "none (events on topic bench)" : o.topic());
        line(
                "clients",
                "%d requested, %d connected, %d failed%s",
                c.attempted(),
                c.connected(),
                c.failed(),
                c.firstFailure() == null ? "" : "  first failure: " + c.firstFailure());
        line(
                "connect time",
                "%.2f s total (%.0f conn/s); handshake p50 %s  p99 %s  max %s ms",
                c.wallNanos() / 1e9,
                c.connected() / (c.wallNanos() / 1e9),
                ms(hs.getValueAtPercentile(50)),
                ms(hs.getValueAtPercentile(99)),
                ms(hs.getMaxValue()));
        line(
                "connect CPU",
                "server %s µs per handshake; other processes %s%% of one core meanwhile",
                num(c.serverMicrosPerHandshake(), 0),
                num(c.otherLoadPct(), 0));
        line(
                "events",
                "%d at %.1f/s (sent over %.2f s, %.1f acknowledged/s); POST failures %d%s",
                p.events(),
                o.rate(),
                (p.lastSendNanos() - p.firstSendNanos()) / 1e9,
                p.acknowledgedPerSecond(),
                p.failed(),
                p.firstFailure() == null ? "" : "  first: " + p.firstFailure());
        line(
                "warm-up",
                "%d events before the measured ones, %d of %d delivered (not timed)",
                s.warmup(),
                s.warmupUnique(),
                (long) c.connected() * s.warmup());
        line(
                "recipients",
                "server reported %d..%d per event (connected %d)",
                p.minRecipients(),
                p.maxRecipients(),
                c.connected());
        line(
                "delivery latency",
                "p50 %s  p90 %s  p99 %s  p99.9 %s  max %s ms  (%d samples)",
                ms(latency.getValueAtPercentile(50)),
                ms(latency.getValueAtPercentile(90)),
                ms(latency.getValueAtPercentile(99)),
                ms(latency.getValueAtPercentile(99.9)),
                ms(latency.getMaxValue()),
                latency.getTotalCount());
        line(
                "deliveries",
                "%d of %d expected; %.0f deliveries/s (first POST to last delivery %.2f s)",
                unique,
                expected,
                perSecond,
                Math.max(0, deliverySpan) / 1e9);
        line("lost deliveries", "%d  (clients complete: %d of %d)", lost, complete, c.connected());
        line(
                "duplicates",
                "%d;  out of order %d;  other frames %d",
                s.faults().duplicates(),
                s.faults().outOfOrderFrames(),
                s.faults().foreignFrames());
        line(
                "server closes",
                "%d%s;  client errors %d",
                s.faults().serverCloses(),
                s.faults().serverCloses() > 0 ? " (first code " + s.faults().firstCloseCode() + ")" : "",
                s.faults().errors());
        line(
                "POST latency",
                "p50 %s  p99 %s  max %s ms",
                ms(post.getValueAtPercentile(50)),
                ms(post.getValueAtPercentile(99)),
                ms(post.getMaxValue()));
        line(
                "server RSS",
                "before %s, idle after connect %s, after events %s",
                mib(r.serverBefore()),
                mib(r.serverIdle()),
                mib(r.serverEventEnd()));
        line(
                "RSS per idle conn",
                "%s KiB%s",
                num(kibPerConn, 1),
                Double.isNaN(gcKibPerConn)
                        ? ""
                        : String.format(
                                Locale.ROOT, "  (%s KiB with a full GC before both samples)", num(gcKibPerConn, 1)));
        line(
                "server CPU (events)",
                "%s ms over %.2f s (%s%% of one core)",
                cpu < 0 ? "n/a" : num(cpu / 1e6, 0),
                phaseNanos / 1e9,
                cpu < 0 ? "n/a" : num(100.0 * cpu / phaseNanos, 0));
        line(
                "server CPU/delivery",
                "%s µs (kernel %s µs, JIT compiler threads %s µs)",
                num(cpuPerDelivery, 2),
                perDelivery(sys, deliveries),
                perDelivery(jit, deliveries));
        line(
                "bench CPU (events)",
                "%s ms (this client process, for context)",
                benchCpu < 0 ? "n/a" : num(benchCpu / 1e6, 0));
        line(
                "other processes",
                "%s%% of one core during the event phase (%d cores)",
                num(otherLoad, 0),
                Runtime.getRuntime().availableProcessors());
        out.println("===========================================================");
        out.printf(
                Locale.ROOT,
                "RESULT clients=%d connected=%d events=%d rate=%s p50_ms=%s p99_ms=%s max_ms=%s"
                        + " lost=%d dup=%d deliveries_per_s=%.0f cpu_us_per_delivery=%s rss_kib_per_conn=%s"
                        + " post_p99_ms=%s connect_s=%.2f p90_ms=%s sys_us_per_delivery=%s bench_cpu_ms=%s"
                        + " other_load_pct=%s rss_gc_kib_per_conn=%s jit_us_per_delivery=%s hs_p50_ms=%s"
                        + " hs_p99_ms=%s connect_other_load_pct=%s hs_server_cpu_us=%s post_p50_ms=%s"
                        + " publishes_per_s=%.1f post_failed=%d out_of_order=%d nodes=%d%n",
                c.attempted(),
                c.connected(),
                p.events(),
                num(o.rate(), 1),
                ms(latency.getValueAtPercentile(50)),
                ms(latency.getValueAtPercentile(99)),
                ms(latency.getMaxValue()),
                lost,
                s.faults().duplicates(),
                perSecond,
                na(num(cpuPerDelivery, 2)),
                na(num(kibPerConn, 1)),
                ms(post.getValueAtPercentile(99)),
                c.wallNanos() / 1e9,
                ms(latency.getValueAtPercentile(90)),
                na(perDelivery(sys, deliveries)),
                benchCpu < 0 ? "na" : num(benchCpu / 1e6, 0),
                na(num(otherLoad, 0)),
                na(num(gcKibPerConn, 1)),
                na(perDelivery(jit, deliveries)),
                ms(hs.getValueAtPercentile(50)),
                ms(hs.getValueAtPercentile(99)),
                na(num(c.otherLoadPct(), 0)),
                na(num(c.serverMicrosPerHandshake(), 0)),
                ms(post.getValueAtPercentile(50)),
                p.acknowledgedPerSecond(),
                p.failed(),
                s.faults().outOfOrderFrames(),
                o.servers().size());
        out.flush();
        return lost;
    }

    private static String pidList(BenchOptions o) {
        return o.pids().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String perDelivery(long nanos, long deliveries) {
        return nanos >= 0 && deliveries > 0 ? num(nanos / 1000.0 / deliveries, 2) : "n/a";
    }

    private void line(String label, String format, Object... args) {
        out.printf(Locale.ROOT, "%-20s %s%n", label + ":", String.format(Locale.ROOT, format, args));
    }

    private static String ms(long micros) {
        return String.format(Locale.ROOT, "%.2f", micros / 1000.0);
    }

    private static String mib(ProcSample s) {
        return s.rssKib() < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f MiB", s.rssKib() / 1024.0);
    }

    private static String num(double v, int decimals) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String na(String s) {
        return s.equals("n/a") ? "na" : s;
    }
}
