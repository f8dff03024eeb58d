package io.wsnotify.bench;

import org.HdrHistogram.Histogram;

/** Outcome of publishing the events: timing, POST latency, failures and the recipients the server reported. */
record PublishSummary(
        int events,
        long firstSendNanos,
        long lastSendNanos,
        long lastAnswerNanos,
        Histogram postMicros,
        int failed,
        String firstFailure,
        long minRecipients,
        long maxRecipients) {

    /** Acknowledged (202) POSTs per second, from the first send to the last answer; 0 when none. */
    double acknowledgedPerSecond() {
        long span = lastAnswerNanos - firstSendNanos;
        return span > 0 ? (events - failed) / (span / 1e9) : 0;
    }
}
