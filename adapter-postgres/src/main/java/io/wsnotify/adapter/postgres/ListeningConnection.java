package io.wsnotify.adapter.postgres;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

/**
 * This node's listening session: one dedicated connection, not from the pool, that runs
 * {@code LISTEN} and waits for wake-ups on a thread of its own. Each payload is read as a seq and
 * passed on; it is never the data. After (re)connecting, and whenever {@code pollInterval} passes
 * without a wake-up, the newest seq of the log is read and passed on if it grew, so a wake-up lost
 * with a dropped connection costs at most a poll interval. A dropped connection is opened again
 * with backoff (0.1 s doubling to 5 s).
 *
 * <p>Threading: {@code wakeUp} is called on the listening thread only, one seq at a time.
 */
final class ListeningConnection implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ListeningConnection.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final long FIRST_BACKOFF_MILLIS = 100;
    private static final long LAST_BACKOFF_MILLIS = 5_000;
    private static final String NEWEST = "SELECT newest FROM log_head";
    private static final Executor ABORT_INLINE = Runnable::run;

    private final ConnectionOpener opener;
    private final String channel;
    private final Duration pollInterval;
    private final LongConsumer wakeUp;
    private final AtomicInteger listenings = new AtomicInteger();
    private volatile boolean closed;
    private volatile Connection connection;
    private volatile int backendPid;
    private Thread thread;
    private long newestPassed;
    private boolean failing;

    ListeningConnection(ConnectionOpener opener, String channel, Duration pollInterval, LongConsumer wakeUp) {
        this.opener = opener;
        this.channel = channel;
        this.pollInterval = pollInterval;
        this.wakeUp = wakeUp;
    }

    /** Starts listening, once. */
    synchronized void start() {
        if (thread == null && !closed) {
            thread = Thread.ofPlatform().name("postgres-listen").daemon().start(this::run);
        }
    }

    /** The server process of the current listening session, 0 while there is none (for tests). */
    int backendPid() {
        return backendPid;
    }

    /** How many times a LISTEN took effect: 1 after the first connection, one more per reconnection. */
    int listenings() {
        return listenings.get();
    }

    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            closed = true;
            running = thread;
        }
        Connection open = connection;
        if (open != null) {
            try {
                open.abort(ABORT_INLINE);
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.DEBUG, "Could not abort the listening connection", e);
            }
        }
        if (running != null) {
            running.interrupt();
            try {
                running.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        long backoff = FIRST_BACKOFF_MILLIS;
        while (!closed) {
            try (Connection open = opener.openDedicated("listen", TIMEOUT)) {
                connection = open;
                if (closed) {
                    return;
                }
                listen(open);
                backoff = FIRST_BACKOFF_MILLIS;
                receive(open);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                reportFailure(e);
                pause(backoff);
                backoff = Math.min(backoff * 2, LAST_BACKOFF_MILLIS);
            } finally {
                connection = null;
                backendPid = 0;
            }
        }
    }

    private void listen(Connection open) throws SQLException {
        try (Statement statement = open.createStatement()) {
            statement.execute("LISTEN " + channel);
        }
        backendPid = open.unwrap(PGConnection.class).getBackendPID();
        listenings.incrementAndGet();
        if (failing) {
            failing = false;
            LOG.log(System.Logger.Level.INFO, "Listening for wake-ups from the other nodes again");
        }
    }

    private void receive(Connection open) throws SQLException {
        PGConnection listener = open.unwrap(PGConnection.class);
        int waitMillis = (int) pollInterval.toMillis();
        try (PreparedStatement newest = open.prepareStatement(NEWEST)) {
            passNewest(newest);
            while (!closed) {
                PGNotification[] notifications = listener.getNotifications(waitMillis);
                if (notifications == null || notifications.length == 0) {
                    passNewest(newest);
                } else {
                    pass(notifications);
                }
            }
        }
    }

    private void passNewest(PreparedStatement newest) throws SQLException {
        try (ResultSet row = newest.executeQuery()) {
            if (row.next()) {
                passIfNewer(row.getLong(1));
            }
        }
    }

    private void pass(PGNotification[] notifications) {
        long highest = 0;
        for (PGNotification notification : notifications) {
            try {
                highest = Math.max(highest, Long.parseLong(notification.getParameter().strip()));
            } catch (NumberFormatException e) {
                LOG.log(System.Logger.Level.DEBUG, "Ignoring a wake-up that is not a seq: " + notification.getParameter());
            }
        }
        if (highest > 0) {
            newestPassed = Math.max(newestPassed, highest);
            wakeUp.accept(highest);
        }
    }

    private void passIfNewer(long seq) {
        if (seq > newestPassed) {
            newestPassed = seq;
            wakeUp.accept(seq);
        }
    }

    private void reportFailure(Exception e) {
        if (!failing) {
            failing = true;
            LOG.log(System.Logger.Level.WARNING, "The listening connection to PostgreSQL failed; reconnecting"
                    + " (wake-ups are late meanwhile, none is lost): " + e.getMessage());
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
