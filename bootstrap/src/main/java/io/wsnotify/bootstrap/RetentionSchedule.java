package io.wsnotify.bootstrap;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/** Prunes the notification log to its retention every interval; a failed run is logged and retried next time. */
final class RetentionSchedule implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RetentionSchedule.class.getName());
    private static final long CLOSE_WAIT_SECONDS = 5;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "log-retention");
        thread.setDaemon(true);
        return thread;
    });
    private final IntSupplier prune;

    /** @param prune deletes what is beyond retention and returns how many notifications it deleted */
    RetentionSchedule(IntSupplier prune, Duration interval) {
        this.prune = prune;
        long millis = Math.max(1, interval.toMillis());
        scheduler.scheduleWithFixedDelay(this::pruneOnce, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void pruneOnce() {
        try {
            int deleted = prune.getAsInt();
            if (deleted > 0) {
                LOG.log(Level.INFO, "Pruned {0} notifications beyond retention", deleted);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Pruning the notification log failed; will retry", e);
        }
    }

    /** Stops the schedule, letting a prune in progress finish. */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
