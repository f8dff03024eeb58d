package io.wsnotify.testsupport;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits, with a timeout, for what another thread or process makes happen: polls every 5 ms and
 * fails with an {@link AssertionError} naming what it waited for. Tests never sleep to hope.
 */
public final class Await {
    private static final long POLL_NANOS = Duration.ofMillis(5).toNanos();

    private Await() {}

    /** Returns how long {@code condition} took to hold; fails naming {@code what} after {@code timeout}. */
    public static Duration until(String what, Duration timeout, BooleanSupplier condition) {
        return until(what, timeout, condition, () -> "");
    }

    /** As {@link #until(String, Duration, BooleanSupplier)}, adding {@code state} to the failure. */
    public static Duration until(String what, Duration timeout, BooleanSupplier condition, Supplier<String> state) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                String more = state.get();
                throw new AssertionError(
                        "timed out after " + timeout + " waiting for " + what + (more.isEmpty() ? "" : "; " + more));
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * Checks that {@code condition} keeps holding for all of {@code window}: for what must NOT
     * happen (a retry, a disconnect), where no event marks the end of waiting.
     */
    public static void holds(String what, Duration window, BooleanSupplier condition, Supplier<String> state) {
        long end = System.nanoTime() + window.toNanos();
        while (System.nanoTime() - end < 0) {
            if (!condition.getAsBoolean()) {
                throw new AssertionError("expected " + what + " to hold for " + window + "; " + state.get());
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /** Polls {@code probe} until it returns {@code expected} or {@code timeout} passes; returns the last value. */
    public static <T> T value(Supplier<T> probe, T expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!expected.equals(last) && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(POLL_NANOS);
            last = probe.get();
        }
        return last;
    }

    /** Waits for {@code latch} to be released; fails after {@code timeout}. */
    public static void released(CountDownLatch latch, Duration timeout) {
        try {
            if (!latch.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new AssertionError("latch not released within " + timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
