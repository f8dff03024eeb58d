package io.wsnotify.bench;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Warms the server's request path (HTTP, JSON, log commit, the publish loop) before the measured phase: POSTs
 * to a topic no benchmark client subscribes to, a few in flight, as fast as the server answers. A few hundred
 * fan-out events alone leave that path in the interpreter and C1, and it would then be JIT-compiled during
 * the measured phase. Spread round-robin over the nodes, like the events.
 */
final class WarmupPosts {

    /** The topic of the warm-up POSTs: nobody subscribes to it, so they reach no client. */
    static final String TOPIC = "bench-warmup";

    /** POSTs in flight at once, over all nodes. */
    static final int IN_FLIGHT = 4;

    private final BenchOptions options;

    WarmupPosts(BenchOptions options) {
        this.options = options;
    }

    /** Sends {@code count} POSTs; returns how many failed. */
    int run(int count) throws InterruptedException {
        RoundRobinPoster http = new RoundRobinPoster(options, IN_FLIGHT, "warm-up");
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        AtomicInteger failed = new AtomicInteger();
        for (int i = 0; i < count; i++) {
            inFlight.acquire();
            String body = "{\"message\":\"warm-up " + i + "\",\"topic\":\"" + TOPIC + "\",\"data\":{\"w\":" + i + "}}";
            http.post(i, body, (response, error) -> {
                if (error != null || response.status() != 202) {
                    failed.incrementAndGet();
                }
                inFlight.release();
            });
        }
        inFlight.tryAcquire(IN_FLIGHT, 60, TimeUnit.SECONDS);
        http.close();
        return failed.get();
    }
}
