package io.wsnotify.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.HdrHistogram.Recorder;

/** Publishes the benchmark events by POST /notify at a fixed rate (open loop) and times each request. */
final class EventPublisher {

    private static final String RECIPIENTS = "\"recipients\"";

    private final BenchOptions options;
    private final DeliveryStats stats;
    private final HttpClient http;
    private final Recorder postMicros = new Recorder(3);
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();
    private final AtomicLong minRecipients = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong maxRecipients = new AtomicLong(Long.MIN_VALUE);

    EventPublisher(BenchOptions options, DeliveryStats stats) {
        this.options = options;
        this.stats = stats;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(2, Threads.daemon("publisher")))
                .build();
    }

    /** Sends every event at the configured rate and returns once each POST has been answered or failed. */
    PublishSummary publish() throws InterruptedException {
        int events = stats.events();
        CountDownLatch sent = new CountDownLatch(events);
        CountDownLatch answered = new CountDownLatch(events);
        AtomicInteger next = new AtomicInteger();
        long periodNanos = Math.max(1, Math.round(1e9 / options.rate()));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(Threads.daemon("pacer"));
        long firstSend = System.nanoTime();
        ScheduledFuture<?> ticks = scheduler.scheduleAtFixedRate(() -> {
            int k = next.getAndIncrement();
            if (k < events) {
                send(k, answered);
                sent.countDown();
            }
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        sent.await();
        long lastSend = System.nanoTime();
        ticks.cancel(false);
        scheduler.shutdown();
        if (!answered.await(60, TimeUnit.SECONDS)) {
            Log.info("%d POSTs still unanswered after 60 s", answered.getCount());
        }
        long min = minRecipients.get();
        long max = maxRecipients.get();
        return new PublishSummary(events, firstSend, lastSend, postMicros.getIntervalHistogram(), failed.get(),
                firstFailure.get(), min == Long.MAX_VALUE ? -1 : min, max == Long.MIN_VALUE ? -1 : max);
    }

    /** Stops the HTTP client. */
    void close() {
        http.shutdownNow();
    }

    private void send(int k, CountDownLatch answered) {
        HttpRequest.Builder request = HttpRequest.newBuilder(options.notifyUri())
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (options.token() != null) {
            request.header("Authorization", "Bearer " + options.token());
        }
        long t0 = System.nanoTime();
        stats.markSent(k, t0);
        String body = "{\"message\":\"bench " + k + "\",\"topic\":\"" + options.eventTopic()
                + "\",\"data\":{\"k\":" + k + ",\"sent_ns\":" + t0 + "}}";
        http.sendAsync(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .whenComplete((response, error) -> {
                    postMicros.recordValue((System.nanoTime() - t0) / 1000);
                    if (error != null) {
                        fail("POST " + k + ": " + ClientFleet.describe(error));
                    } else if (response.statusCode() != 202) {
                        fail("POST " + k + ": HTTP " + response.statusCode() + " " + abbreviate(response.body()));
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
