package io.wsnotify.bench;

import org.HdrHistogram.Histogram;

/**
 * Outcome of opening the clients: how many, how long, handshake latency, the first failure, and the CPU of the
 * server and of other processes meanwhile (null until measured).
 */
record ConnectSummary(
        int attempted,
        int connected,
        int failed,
        long wallNanos,
        Histogram handshakeMicros,
        String firstFailure,
        PhaseCpu cpu) {

    /** The same outcome with the CPU measured around it. */
    ConnectSummary withCpu(PhaseCpu measured) {
        return new ConnectSummary(attempted, connected, failed, wallNanos, handshakeMicros, firstFailure, measured);
    }

    /** Server CPU per connected client in µs, NaN when unknown. */
    double serverMicrosPerHandshake() {
        return cpu == null || cpu.serverNanos() < 0 || connected == 0
                ? Double.NaN
                : cpu.serverNanos() / 1000.0 / connected;
    }

    /** What other processes took meanwhile, in % of one core; NaN when unknown. */
    double otherLoadPct() {
        return cpu == null ? Double.NaN : cpu.otherPercent();
    }
}
