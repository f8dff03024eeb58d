package io.wsnotify.application.testing;

import io.wsnotify.application.live.Frame;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A sink whose writes block until the test releases them, like a peer that stopped reading.
 * Remembers which seqs it started and which it finished writing.
 */
public final class BlockingSink extends CollectingSink {
    private final CountDownLatch firstWriteStarted = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<Long> completed = new ArrayList<>();

    @Override
    protected void write(Frame<Object> frame) throws Exception {
        super.write(frame);
        firstWriteStarted.countDown();
        if (!release.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never released");
        }
        synchronized (completed) {
            completed.add(frame.seq());
        }
    }

    /** Waits until the first write is blocked. */
    public void awaitBlocked() throws InterruptedException {
        if (!firstWriteStarted.await(5, TimeUnit.SECONDS)) {
            throw new AssertionError("no write started");
        }
    }

    /** Lets every write, blocked or to come, complete. */
    public void release() {
        release.countDown();
    }

    public List<Long> completed() {
        synchronized (completed) {
            return List.copyOf(completed);
        }
    }
}
