package io.wsnotify.adapter.postgres;

import java.time.Duration;
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
