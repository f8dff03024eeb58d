package io.wsnotify.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Recorder;

/**
 * Publishes the benchmark events by POST /notify at a fixed rate (open loop), round-robin over the nodes, and
 * times each request.
 */
final class EventPublisher {

    private static final String RECIPIENTS = "\"recipients\"";
    /** Keep-alive POST connections per node: an event waits for a free one (open loop, timed from its slot). */
    private static final int CONNECTIONS = 8;

    private final BenchOptions options;
    private final DeliveryStats stats;
    private final RoundRobinPoster http;
    private Recorder postMicros;
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();
    private final AtomicLong minRecipients = new AtomicLong();
    private final AtomicLong maxRecipients = new AtomicLong();
    private final AtomicLong lastAnswer = new AtomicLong();

    EventPublisher(BenchOptions options, DeliveryStats stats) {
        this.options = options;
        this.stats = stats;
        this.http = new RoundRobinPoster(options, CONNECTIONS, "publisher");
    }

    /**
     * Sends events {@code from .. from + count - 1} at the configured rate and returns once each POST has been
     * answered or failed. One phase at a time.
     */
    PublishSummary publish(int from, int count) throws InterruptedException {
        postMicros = new Recorder(3);
        failed.set(0);
        firstFailure.set(null);
        minRecipients.set(Long.MAX_VALUE);
        maxRecipients.set(Long.MIN_VALUE);
        CountDownLatch sent = new CountDownLatch(count);
        CountDownLatch answered = new CountDownLatch(count);
        AtomicInteger next = new AtomicInteger(from);
        long periodNanos = Math.max(1, Math.round(1e9 / options.rate()));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(Threads.daemon("pacer"));
        long firstSend = System.nanoTime();
        ScheduledFuture<?> ticks = scheduler.scheduleAtFixedRate(
                () -> {
                    int k = next.getAndIncrement();
                    if (k < from + count) {
                        send(k, answered);
                        sent.countDown();
                    }
                },
                0,
                periodNanos,
                TimeUnit.NANOSECONDS);
        sent.await();
        long lastSend = System.nanoTime();
        ticks.cancel(false);
        scheduler.shutdown();
        if (!answered.await(60, TimeUnit.SECONDS)) {
            Log.info("%d POSTs still unanswered after 60 s", answered.getCount());
        }
        long min = minRecipients.get();
        long max = maxRecipients.get();
        return new PublishSummary(
                count,
                firstSend,
                lastSend,
                lastAnswer.get(),
                postMicros.getIntervalHistogram(),
                failed.get(),
                firstFailure.get(),
                min == Long.MAX_VALUE ? -1 : min,
                max == Long.MIN_VALUE ? -1 : max);
    }

    /** Stops the HTTP client. */
    void close() {
        http.close();
    }

    private void send(int k, CountDownLatch answered) {
        Recorder postMicros = this.postMicros;
        long t0 = System.nanoTime();
        stats.markSent(k, t0);
        String body = "{\"message\":\"bench " + k + "\",\"topic\":\"" + options.eventTopic() + "\",\"data\":{\"k\":" + k
                + ",\"sent_ns\":" + t0 + "}}";
        http.post(k, body, (response, error) -> {
            long now = System.nanoTime();
            postMicros.recordValue((now - t0) / 1000);
            lastAnswer.accumulateAndGet(now, Math::max);
            if (error != null) {
                fail("POST " + k + ": " + Failures.describe(error));
            } else if (response.status() != 202) {
                fail("POST " + k + ": HTTP " + response.status() + " " + abbreviate(response.body()));
            } else {
                long r = FrameFields.number(response.body(), RECIPIENTS, 0);
                if (r != FrameFields.MISSING) {
                    minRecipients.accumulateAndGet(r, Math::min);
                    maxRecipients.accumulateAndGet(r, Math::max);
                }
            }
            answered.countDown();
        });
    }

    private void fail(String what) {
        failed.incrementAndGet();
        firstFailure.compareAndSet(null, what);
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
