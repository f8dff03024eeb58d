package io.wsnotify.client;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Delays between reconnect attempts: {@code initial} doubling with each failure, up to {@code max},
 * each spread by ±20 % (and never above {@code max}) so that clients dropped together do not
 * all come back at the same instant.
 */
final class Backoff {
    private static final double JITTER = 0.2;

    private final long initialNanos;
    private final long maxNanos;
    private final RandomGenerator random;

    Backoff(Duration initial, Duration max, RandomGenerator random) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff: need 0 < initial <= max, was " + initial + " and " + max);
        }
        this.initialNanos = initial.toNanos();
        this.maxNanos = max.toNanos();
        this.random = random;
    }

    /**
     * With a generator of its own, seeded afresh: clients started together must not draw the same
     * delays (a shared {@code ThreadLocalRandom} captured on one thread and used on another would).
     * Used by the connection thread only.
     */
    static Backoff randomized(Duration initial, Duration max) {
        return new Backoff(initial, max, new SplittableRandom());
    }

    /** The delay before attempt {@code failures + 1}, after {@code failures} failures in a row (0 for the first). */
    Duration delay(int failures) {
        long base = initialNanos;
        for (int i = 0; i < failures && base < maxNanos; i++) {
            base = base > maxNanos / 2 ? maxNanos : base * 2;
        }
        base = Math.min(base, maxNanos);
        double spread = 1 - JITTER + 2 * JITTER * random.nextDouble();
        return Duration.ofNanos(Math.min(maxNanos, (long) (base * spread)));
    }
}
