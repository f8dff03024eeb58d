package io.wsnotify.bench;

import java.util.Map;

/** Readable names of the keys of the RESULT and RESUME lines, for the comparison table. */
final class FigureNames {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("cpu_us_per_delivery", "server CPU per delivery, µs"),
            Map.entry("sys_us_per_delivery", "  of it in the kernel, µs"),
            Map.entry("jit_us_per_delivery", "  of it JIT compiler threads, µs"),
            Map.entry("p50_ms", "delivery p50, ms"),
            Map.entry("p90_ms", "delivery p90, ms"),
            Map.entry("p99_ms", "delivery p99, ms"),
            Map.entry("max_ms", "delivery max, ms"),
            Map.entry("deliveries_per_s", "deliveries/s"),
            Map.entry("lost", "lost deliveries"),
            Map.entry("dup", "duplicate deliveries"),
            Map.entry("post_p99_ms", "POST p99, ms"),
            Map.entry("connected", "clients connected"),
            Map.entry("connect_s", "all connected, s"),
            Map.entry("hs_p50_ms", "handshake p50, ms"),
            Map.entry("hs_p99_ms", "handshake p99, ms"),
            Map.entry("hs_server_cpu_us", "server CPU per handshake, µs"),
            Map.entry("rss_kib_per_conn", "RSS growth per idle connection, KiB"),
            Map.entry("rss_gc_kib_per_conn", "  the same with a full GC first, KiB"),
            Map.entry("bench_cpu_ms", "client CPU in the event phase, ms"),
            Map.entry("other_load_pct", "other processes, % of one core"),
            Map.entry("connect_other_load_pct", "other processes while connecting, % of one core"),
            Map.entry("rc_other_load_pct", "other processes while resuming, % of one core"),
            Map.entry("reconnected", "clients reconnected"),
            Map.entry("reconnect_s", "all reconnected, s"),
            Map.entry("resumed_s", "all resumed (every missed event), s"),
            Map.entry("rc_hs_p50_ms", "reconnect handshake p50, ms"),
            Map.entry("rc_hs_p99_ms", "reconnect handshake p99, ms"),
            Map.entry("rc_lost", "lost on resume"),
            Map.entry("rc_dup", "duplicated on resume"),
            Map.entry("rc_out_of_order", "out of order on resume"),
            Map.entry("rc_server_cpu_ms", "server CPU, reconnect to last resumed, ms"));

    private FigureNames() {}

    /** The readable name of {@code key}, or the key itself. */
    static String label(String key) {
        return LABELS.getOrDefault(key, key);
    }
}
