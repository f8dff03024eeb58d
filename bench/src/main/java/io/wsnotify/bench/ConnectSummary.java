package io.wsnotify.bench;

import org.HdrHistogram.Histogram;

/**
 * Outcome of opening the clients: how many, how long, handshake latency, the first failure, and the CPU other
 * processes took meanwhile (% of one core, NaN until known).
 */
record ConnectSummary(int attempted, int connected, int failed, long wallNanos, Histogram handshakeMicros,
                      String firstFailure, double otherLoadPct) {

    /** The same outcome with the others' load measured around it. */
    ConnectSummary withOtherLoad(double percent) {
        return new ConnectSummary(attempted, connected, failed, wallNanos, handshakeMicros, firstFailure, percent);
    }
}
