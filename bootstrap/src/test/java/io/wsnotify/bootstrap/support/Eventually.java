package io.wsnotify.bootstrap.support;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Waits, with a timeout, for a condition that becomes true asynchronously (polling every 50 ms). */
public final class Eventually {
    private static final long POLL_NANOS = Duration.ofMillis(50).toNanos();

    private Eventually() {
    }

    /** Polls {@code probe} until it returns {@code expected} or the timeout passes; returns the last value. */
    public static <T> T await(Supplier<T> probe, T expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!expected.equals(last) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(POLL_NANOS);
            last = probe.get();
        }
        return last;
    }
}
