package io.wsnotify.adapter.websocket;

import io.wsnotify.application.live.ConnectionLimit;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The registry of open WebSocket connections, from the handshake until they are gone (closed by
 * either side, failed, or dropped). Each takes a place in the node's {@link ConnectionLimit},
 * shared with the other transports, and gives it back when it goes.
 */
final class Connections {
    private final Set<ConnectionHandoff> open = ConcurrentHashMap.newKeySet();
    private final ConnectionLimit limit;
    private final Object emptied = new Object();
    private volatile boolean accepting = true;

    Connections(ConnectionLimit limit) {
        this.limit = limit;
    }

    boolean isAccepting() {
        return accepting;
    }

    /** Adds a connection if the server accepts and the limit allows; false means refuse it. */
    boolean tryAdd(ConnectionHandoff connection) {
        if (!accepting || !limit.tryOpen()) {
            return false;
        }
        open.add(connection);
        return true;
    }

    void remove(ConnectionHandoff connection) {
        if (open.remove(connection)) {
            limit.closed();
            if (open.isEmpty()) {
                synchronized (emptied) {
                    emptied.notifyAll();
                }
            }
        }
    }

    int size() {
        return open.size();
    }

    /** Refuses new connections from now on. */
    void stopAccepting() {
        accepting = false;
    }

    /** The connections in the registry right now. */
    List<ConnectionHandoff> snapshot() {
        return List.copyOf(open);
    }

    /** Waits until no connection is left, at most {@code timeout}; true if none is left. */
    boolean awaitEmpty(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (emptied) {
            while (!open.isEmpty()) {
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
