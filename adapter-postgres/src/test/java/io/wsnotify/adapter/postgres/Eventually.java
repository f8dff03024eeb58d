package io.wsnotify.adapter.postgres;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.fail;

/** Waits, with a timeout, for a condition another thread or process makes true. */
final class Eventually {
    private static final Duration DEFAULT = Duration.ofSeconds(15);

    private Eventually() {
    }

    /** Returns once {@code condition} holds; fails the test when it still does not after 15 seconds. */
    static void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, DEFAULT, condition);
    }

    /** Waits for {@code latch} (on another thread than the test's, usually); fails after 30 seconds. */
    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                fail("latch not released within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Returns how long it took {@code condition} to hold; fails the test after {@code limit}. */
    static Duration waitUntil(String what, Duration limit, BooleanSupplier condition) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail(what + ": not within " + limit.toMillis() + " ms");
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
