package io.wsnotify.adapter.websocket;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The registry of open WebSocket connections, bounded by the connection limit. A connection is
 * in it from its opening until it is gone (closed by either side, failed, or aborted).
 */
final class Connections {
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger count = new AtomicInteger();
    private final int limit;
    private final Object emptied = new Object();
    private volatile boolean accepting = true;

    Connections(int limit) {
        this.limit = limit;
    }

    /** Whether a handshake may go ahead: the server accepts and the limit is not reached. */
    boolean hasRoom() {
        return accepting && count.get() < limit;
    }

    boolean isAccepting() {
        return accepting;
    }

    /** Adds a connection unless that would pass the limit; false means it must be refused. */
    boolean add(Connection connection) {
        if (!accepting) {
            return false;
        }
        if (count.incrementAndGet() > limit) {
            count.decrementAndGet();
            return false;
        }
        open.add(connection);
        return true;
    }

    void remove(Connection connection) {
        if (open.remove(connection) && count.decrementAndGet() == 0) {
            synchronized (emptied) {
                emptied.notifyAll();
            }
        }
    }

    int size() {
        return count.get();
    }

    /** Visits every connection; safe while connections come and go. */
    void forEach(Consumer<Connection> action) {
        open.forEach(action);
    }

    /** Refuses new connections from now on. */
    void stopAccepting() {
        accepting = false;
    }

    /** The connections in the registry right now. */
    List<Connection> snapshot() {
        return List.copyOf(open);
    }

    /** Waits until no connection is left, at most {@code timeout}; true if none is left. */
    boolean awaitEmpty(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (emptied) {
            while (count.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(emptied, left);
            }
        }
        return true;
    }
}
