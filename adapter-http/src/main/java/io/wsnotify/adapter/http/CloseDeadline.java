package io.wsnotify.adapter.http;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A watchdog for ending a connection: once {@link #arm armed}, it runs its action (dropping the
 * socket) unless {@link #met} within the grace period. Arming again changes nothing; the wait
 * runs on a virtual thread of its own, as the threads it guards may be blocked on the peer.
 */
final class CloseDeadline {
    private final Duration grace;
    private final Runnable onMissed;
    private final CountDownLatch met = new CountDownLatch(1);
    private final AtomicBoolean armed = new AtomicBoolean();

    CloseDeadline(Duration grace, Runnable onMissed) {
        this.grace = grace;
        this.onMissed = onMissed;
    }

    void arm() {
        if (armed.compareAndSet(false, true)) {
            Thread.ofVirtual().name("sse-close-deadline").start(this::await);
        }
    }

    /** The connection closed: the action will not run. */
    void met() {
        met.countDown();
    }

    private void await() {
        try {
            if (!met.await(grace.toNanos(), TimeUnit.NANOSECONDS)) {
                onMissed.run();
            }
        } catch (InterruptedException e) {
            onMissed.run();
        }
    }
}
