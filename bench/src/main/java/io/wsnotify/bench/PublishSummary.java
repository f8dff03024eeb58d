package io.wsnotify.bench;

import org.HdrHistogram.Histogram;

/** Outcome of publishing the events: timing, POST latency, failures and the recipients the server reported. */
record PublishSummary(int events, long firstSendNanos, long lastSendNanos, Histogram postMicros, int failed,
                      String firstFailure, long minRecipients, long maxRecipients) {
}
