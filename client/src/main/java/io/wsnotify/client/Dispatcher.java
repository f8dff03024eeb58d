package io.wsnotify.client;

import java.lang.System.Logger.Level;

/**
 * The one callback thread: takes what the {@link Inbox} holds, in order, and calls the
 * application. So callbacks never run concurrently, notifications arrive in seq order, and a slow
 * callback delays only this client. A callback that throws is logged and the next one runs.
 */
final class Dispatcher implements Runnable {
    private static final System.Logger LOG = System.getLogger(NotifyClient.class.getName());

    private final Inbox inbox;
    private final Callbacks callbacks;
    private volatile long lastSeq = -1;
    private volatile Thread thread;

    Dispatcher(Inbox inbox, Callbacks callbacks) {
        this.inbox = inbox;
        this.callbacks = callbacks;
    }

    void start(String name) {
        Thread started = new Thread(this, name);
        started.setDaemon(true);
        thread = started;
        started.start();
    }

    /** The newest seq handed to the application (the start seq before any). */
    long lastSeq() {
        return lastSeq;
    }

    /** Where the stream starts, known before anything is delivered. */
    void startAt(long seq) {
        lastSeq = seq;
    }

    boolean isCallbackThread() {
        return Thread.currentThread() == thread;
    }

    /** Waits until the thread has ended, at most until {@code deadline} ({@link System#nanoTime()}). */
    void awaitEnd(long deadline) throws InterruptedException {
        Thread running = thread;
        long left = deadline - System.nanoTime();
        if (running != null && !isCallbackThread() && left > 0) {
            running.join(Math.max(1, left / 1_000_000));
        }
    }

    @Override
    public void run() {
        try {
            Inbound next;
            while ((next = inbox.take()) != null) {
                deliver(next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(Inbound next) {
        if (inbox.isClosed()) {
            return; // the client closed while this item was being taken: no callback starts after close()
        }
        try {
            if (next instanceof Inbound.Delivered) {
                Notification notification = ((Inbound.Delivered) next).notification();
                lastSeq = notification.seq();
                callbacks.notification().accept(notification);
            } else if (next instanceof Inbound.GapFound) {
                Gap gap = ((Inbound.GapFound) next).gap();
                if (gap.kind() == Gap.Kind.RESET && gap.newestSeq() >= 0) {
                    lastSeq = gap.newestSeq();
                }
                callbacks.gap().accept(gap);
            } else if (next instanceof Inbound.StatusChanged) {
                callbacks.connection().accept(((Inbound.StatusChanged) next).event());
            } else if (next instanceof Inbound.Failed) {
                callbacks.error().accept(((Inbound.Failed) next).error());
            }
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError) {
                throw e;
            }
            LOG.log(Level.WARNING, "A Websockets Notify client callback threw; the client goes on", e);
        }
    }
}
