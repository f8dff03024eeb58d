package io.wsnotify.application.live;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The delivery threads: a few worker virtual threads, started on the delivery executor, that take
 * subscriptions with queued frames from one ready queue and drain them, instead of one new thread
 * per drain. Workers exit when the queue is empty, so an idle feed holds no thread.
 *
 * <p>A send may block on a peer that stopped reading. So that such peers never hold up the others,
 * a new worker is started whenever every worker is inside a send and work is waiting: there is
 * always a worker free to take the next subscription, however many sends are blocked.
 */
final class DeliveryWorkers {
    private final Executor executor;
    private final int target;
    private final ConcurrentLinkedQueue<Subscription> ready = new ConcurrentLinkedQueue<>();
    private final AtomicInteger workers = new AtomicInteger();
    private final AtomicInteger sending = new AtomicInteger();
    private final Runnable work = this::work;

    /** Workers run on {@code executor}; normally {@code target} of them, more while sends block. */
    DeliveryWorkers(Executor executor, int target) {
        this.executor = executor;
        this.target = Math.max(1, target);
    }

    /** Queues a subscription that holds its writer role and has frames to send; never blocks. */
    void schedule(Subscription subscription) {
        ready.add(subscription);
        ensureWorker();
    }

    /** Called by a worker before a send that may block. */
    void beforeSend() {
        if (sending.incrementAndGet() >= workers.get() && !ready.isEmpty()) {
            ensureWorker();
        }
    }

    /** Called by a worker after the send returned or failed. */
    void afterSend() {
        sending.decrementAndGet();
    }

    private void ensureWorker() {
        while (true) {
            int running = workers.get();
            if (running >= target && sending.get() < running) {
                return;
            }
            if (workers.compareAndSet(running, running + 1)) {
                try {
                    executor.execute(work);
                } catch (RejectedExecutionException e) {
                    workers.decrementAndGet();
                    throw e;
                }
                return;
            }
        }
    }

    private void work() {
        try {
            Subscription next;
            while ((next = ready.poll()) != null) {
                next.drain(this);
            }
        } finally {
            workers.decrementAndGet();
            if (!ready.isEmpty()) {
                try {
                    ensureWorker();
                } catch (RejectedExecutionException shuttingDown) {
                    // the feed is closing: whatever is still queued belongs to ended subscriptions
                }
            }
        }
    }
}
