package io.wsnotify.adapter.postgres;

import io.helidon.dbclient.DbClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells the other nodes that the log has grown: {@code pg_notify(channel, seq)} on a pooled
 * connection, after the commit, from a thread of its own, so a writer never waits for it (and the
 * NOTIFY commits outside the writers' transactions). Wake-ups that pile up while one is being sent
 * go as one, with the newest seq. A failure costs the other nodes only latency (they also poll the
 * log); it is logged once until sending works again.
 */
final class WakeUpSender implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(WakeUpSender.class.getName());
    private static final String NOTIFY = "SELECT 1 FROM pg_notify(?, ?)";

    private final DbClient db;
    private final String channel;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("postgres-notify").daemon().factory());
    private final AtomicLong pending = new AtomicLong();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private long sent;
    private boolean failing;

    WakeUpSender(DbClient db, String channel) {
        this.db = db;
        this.channel = channel;
    }

    /** Sends {@code seq} soon, or a newer seq that covers it. Never blocks. */
    void send(long seq) {
        pending.accumulateAndGet(seq, Math::max);
        if (scheduled.compareAndSet(false, true)) {
            try {
                thread.execute(this::sendPending);
            } catch (RejectedExecutionException e) {
                scheduled.set(false);
            }
        }
    }

    private void sendPending() {
        scheduled.set(false);
        long seq = pending.get();
        if (seq <= sent) {
            return;
        }
        try {
            db.execute().createGet(NOTIFY).params(channel, Long.toString(seq)).execute();
            sent = seq;
            if (failing) {
                failing = false;
                LOG.log(System.Logger.Level.INFO, "Sending wake-ups to the other nodes works again");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.log(
                        System.Logger.Level.WARNING,
                        "Cannot send a wake-up to the other nodes (they will find seq " + seq + " by polling): "
                                + e.getMessage());
            }
        }
    }

    /** Sends what is pending, waiting for it a short while, then stops. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(2, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
