package io.wsnotify.client;

import java.util.ArrayDeque;

/**
 * The queue between the socket and the callback thread. It never blocks the socket's thread: when
 * {@code capacity} notifications wait, the socket is told to stop reading, and to read the next
 * message as soon as a callback has taken one. A client whose callbacks cannot keep up thus holds
 * the server back through TCP, steadily (so a send the server is blocked in always completes
 * soon), and the server ends it as a slow consumer (1013), from which it resumes, instead of this
 * queue growing without bound.
 */
final class Inbox {
    private final ArrayDeque<Inbound> queue = new ArrayDeque<>();
    private final int capacity;
    private int notifications;
    private Runnable owedDemand;
    private boolean closed;

    Inbox(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Queues a notification or gap. True when there is room for more, so the caller may read on;
     * false when it must not, and {@code whenRoom} will be run (on the callback thread) once there is.
     */
    synchronized boolean offer(Inbound inbound, Runnable whenRoom) {
        if (closed) {
            return false;
        }
        queue.add(inbound);
        if (inbound instanceof Inbound.Delivered) {
            notifications++;
        }
        notifyAll();
        if (notifications < capacity) {
            return true;
        }
        owedDemand = whenRoom;
        return false;
    }

    /** Queues a connection event or failure; these never hold the socket back. */
    synchronized void add(Inbound inbound) {
        if (!closed) {
            queue.add(inbound);
            notifyAll();
        }
    }

    /** The next item, waiting for one; null once closed. */
    Inbound take() throws InterruptedException {
        Inbound next;
        Runnable demand = null;
        synchronized (this) {
            while (queue.isEmpty() && !closed) {
                wait();
            }
            if (closed) {
                return null;
            }
            next = queue.poll();
            if (next instanceof Inbound.Delivered) {
                notifications--;
            }
            if (owedDemand != null && notifications < capacity) {
                demand = owedDemand;
                owedDemand = null;
            }
        }
        if (demand != null) {
            demand.run();
        }
        return next;
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** Drops whatever waits; {@link #take} returns null from now on. */
    synchronized void close() {
        closed = true;
        queue.clear();
        owedDemand = null;
        notifyAll();
    }
}
