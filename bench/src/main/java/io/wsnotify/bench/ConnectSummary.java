package io.wsnotify.bench;

import org.HdrHistogram.Histogram;

/** Outcome of opening the clients: how many, how long, handshake latency and the first failure. */
record ConnectSummary(int attempted, int connected, int failed, long wallNanos, Histogram handshakeMicros,
                      String firstFailure) {
}
