package io.wsnotify.adapter.http;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Closes connections whose request head does not arrive within the header timeout: one virtual
 * thread checks the open connections a few times per timeout while there are any, and stops when
 * there are none. A timed-out connection is answered 408 and closed ({@link GuardedConnection#timedOut});
 * one whose answer cannot be written within {@link #CLOSE_GRACE} is dropped.
 */
final class HeadDeadlines {
    static final Duration CLOSE_GRACE = Duration.ofSeconds(1);

    private final Duration timeout;
    private final long periodNanos;
    private final Set<GuardedConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean checking = new AtomicBoolean();

    HeadDeadlines(Duration timeout) {
        this.timeout = timeout;
        long tenth = timeout.toNanos() / 10;
        this.periodNanos = Math.clamp(
                tenth, Duration.ofMillis(20).toNanos(), Duration.ofMillis(500).toNanos());
    }

    Duration timeout() {
        return timeout;
    }

    void add(GuardedConnection connection) {
        connections.add(connection);
        if (checking.compareAndSet(false, true)) {
            Thread.ofVirtual().name("http-header-timeout").start(this::check);
        }
    }

    void remove(GuardedConnection connection) {
        connections.remove(connection);
    }

    private void check() {
        while (true) {
            LockSupport.parkNanos(periodNanos);
            long now = System.nanoTime();
            for (GuardedConnection connection : connections) {
                if (connection.head().expire(now)) {
                    Thread.ofVirtual().name("http-header-timeout-answer").start(connection::timedOut);
                } else if (connection.head().expiredBefore(now, CLOSE_GRACE)) {
                    connection.drop();
                }
            }
            if (connections.isEmpty()) {
                checking.set(false);
                // a connection added between the check and the reset has no checker: take over again
                if (connections.isEmpty() || !checking.compareAndSet(false, true)) {
                    return;
                }
            }
        }
    }
}
