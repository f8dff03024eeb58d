package io.wsnotify.application.live;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The node's limit on live connections, shared by every transport (WebSocket and SSE count
 * together), and the count of those open now. Thread-safe.
 */
public final class ConnectionLimit {
    private final int limit;
    private final AtomicInteger open = new AtomicInteger();

    public ConnectionLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the connection limit must be positive");
        }
        this.limit = limit;
    }

    /** Takes a place for a new connection; false when the limit is reached (refuse it then). */
    public boolean tryOpen() {
        while (true) {
            int now = open.get();
            if (now >= limit) {
                return false;
            }
            if (open.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    /** Gives back the place of a connection that {@link #tryOpen opened}; call once per connection. */
    public void closed() {
        open.decrementAndGet();
    }

    /** Live connections open now, all transports together. */
    public int open() {
        return open.get();
    }

    public int limit() {
        return limit;
    }
}
