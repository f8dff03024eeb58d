package io.wsnotify.adapter.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

/**
 * This node's listening connection: dedicated, not from the pool, on a thread of its own, running
 * one {@link ListeningSession} after another. A session that fails (the connection dropped, the
 * server restarted, an administrator ended it) is replaced with backoff (0.1 s doubling to 5 s);
 * the next one starts by passing on the newest seq, so nothing is lost meanwhile, only late.
 *
 * <p>Threading: {@code wakeUp} is called on the listening thread only, one seq at a time.
 */
final class ListeningConnection implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ListeningConnection.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final long FIRST_BACKOFF_MILLIS = 100;
    private static final long LAST_BACKOFF_MILLIS = 5_000;
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

    /** How many times a LISTEN took effect: 1 after the first connection, one more per reconnection. */
    int listenings() {
        return listenings.get();
    }

    /** The server process of the current session, 0 while there is none (for tests). */
    int backendPid() {
        return backendPid;
    }

    /** Ends the session (aborting its connection, so a wait for wake-ups ends at once) and the thread. */
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
        long newestPassed = 0;
        while (!closed) {
            ListeningSession session = null;
            try (Connection open = opener.openDedicated("listen", TIMEOUT)) {
                connection = open;
                session = new ListeningSession(open, pollInterval, wakeUp, newestPassed);
                backendPid = session.listen(channel);
                listening();
                backoff = FIRST_BACKOFF_MILLIS;
                session.receive(() -> closed);
            } catch (SQLException | RuntimeException e) {
                if (!closed) {
                    failed(e);
                    pause(backoff);
                    backoff = Math.min(backoff * 2, LAST_BACKOFF_MILLIS);
                }
            } finally {
                connection = null;
                backendPid = 0;
                newestPassed = session == null ? newestPassed : session.newestPassed();
            }
        }
    }

    private void listening() {
        listenings.incrementAndGet();
        if (failing) {
            failing = false;
            LOG.log(System.Logger.Level.INFO, "Listening for wake-ups from the other nodes again");
        }
    }

    private void failed(Exception e) {
        if (!failing) {
            failing = true;
            LOG.log(
                    System.Logger.Level.WARNING,
                    "The listening connection to PostgreSQL failed; reconnecting"
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
