package io.wsnotify.adapter.sqlite;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Waits, with a timeout, for a condition another thread makes true. */
final class Eventually {
    private Eventually() {
    }

    /** Returns once {@code condition} holds; fails the test when it still does not after 10 seconds. */
    static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not met within 10 s");
            Thread.onSpinWait();
            Thread.yield();
        }
    }
}
