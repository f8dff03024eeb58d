package io.wsnotify.adapter.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Whether PostgreSQL is usable now: the store is open and a query on the log succeeds, on a
 * dedicated connection (opened again after a failure), within {@link #LIMIT}.
 *
 * <p>The pool is not asked: under load every pooled connection may be busy, which is health, not
 * sickness. One probe runs at a time; callers that come while it runs share its answer.
 */
final class DatabaseHealth implements AutoCloseable {
    static final Duration LIMIT = Duration.ofSeconds(1);
    private static final String PROBE = "SELECT newest FROM log_head";

    private final ConnectionOpener opener;
    private final BooleanSupplier open;
    private final AtomicReference<CompletableFuture<Boolean>> running = new AtomicReference<>();
    private Connection connection;

    DatabaseHealth(ConnectionOpener opener, BooleanSupplier open) {
        this.opener = opener;
        this.open = open;
    }

    boolean isHealthy() {
        if (!open.getAsBoolean()) {
            return false;
        }
        try {
            return runningProbe().get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public synchronized void close() {
        drop();
    }

    /** The probe in flight, or a new one. */
    private CompletableFuture<Boolean> runningProbe() {
        while (true) {
            CompletableFuture<Boolean> last = running.get();
            if (last != null && !last.isDone()) {
                return last;
            }
            CompletableFuture<Boolean> next = new CompletableFuture<>();
            if (running.compareAndSet(last, next)) {
                Thread.ofVirtual().name("postgres-health").start(() -> next.complete(probe()));
                return next;
            }
        }
    }

    private synchronized boolean probe() {
        if (!open.getAsBoolean()) {
            return false;
        }
        try {
            if (connection == null) {
                connection = opener.openDedicated("health", LIMIT);
            }
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery(PROBE)) {
                return row.next() && open.getAsBoolean();
            }
        } catch (SQLException | RuntimeException e) {
            drop();
            return false;
        }
    }

    private void drop() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // already broken: nothing more to release
            }
            connection = null;
        }
    }
}
