package io.wsnotify.client.support;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits, with a timeout, for something that happens asynchronously (polling every 10 ms). */
public final class Await {
    private static final long POLL_NANOS = Duration.ofMillis(10).toNanos();

    private Await() {
    }

    /** Returns once {@code condition} holds; fails naming {@code what} (and {@code state}) after {@code timeout}. */
    public static void until(String what, Duration timeout, BooleanSupplier condition, Supplier<String> state) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what + "; " + state.get());
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        until(what, timeout, condition, () -> "");
    }

    /**
     * Checks that {@code condition} keeps holding for all of {@code window}: for what must NOT
     * happen (a retry, a disconnect), where no event marks the end of waiting.
     */
    public static void holds(String what, Duration window, BooleanSupplier condition, Supplier<String> state) {
        long end = System.nanoTime() + window.toNanos();
        while (System.nanoTime() < end) {
            if (!condition.getAsBoolean()) {
                throw new AssertionError("expected " + what + " to hold for " + window + "; " + state.get());
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
