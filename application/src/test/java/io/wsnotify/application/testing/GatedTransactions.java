package io.wsnotify.application.testing;

import io.wsnotify.domain.port.Transactions;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * {@link Transactions} that can hold the core's replay readers (threads named {@code notify-replay-…})
 * before their n-th transaction, outside any store lock, until the test opens the gate.
 * Transactions of other threads (the test, publishers, the follower) always pass.
 */
public final class GatedTransactions implements Transactions {
    private final Transactions inner;
    private final AtomicInteger replayCalls = new AtomicInteger();
    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch open = new CountDownLatch(1);
    private volatile int holdAtCall;

    public GatedTransactions(Transactions inner) {
        this.inner = inner;
    }

    /** Holds the {@code call}-th transaction started by a replay reader (1 is the first). */
    public void holdAtCall(int call) {
        holdAtCall = call;
    }

    /** Waits until a replay reader is held at the gate. */
    public void awaitHeld() throws InterruptedException {
        if (!arrived.await(5, TimeUnit.SECONDS)) {
            throw new AssertionError("no replay reader reached the gate");
        }
    }

    public void open() {
        open.countDown();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (Thread.currentThread().getName().startsWith("notify-replay")
                && replayCalls.incrementAndGet() == holdAtCall) {
            arrived.countDown();
            try {
                if (!open.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("gate never opened");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return inner.inTransaction(work);
    }
}
