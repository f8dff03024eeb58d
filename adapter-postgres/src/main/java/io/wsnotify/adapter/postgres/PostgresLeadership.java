package io.wsnotify.adapter.postgres;

import io.wsnotify.domain.port.Leadership;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link Leadership} by a session-level advisory lock held on a {@link LeaderSession}, on a thread of
 * its own. A node that does not lead tries to take the lock every {@link #RETRY}. The leader watches
 * its session without pause ({@link LeaderSession#watch}, every {@link #CHECK}); on any failure it
 * stops leading at once, before another node can take over. When the leader's session ends for any
 * reason (closed, killed, the node died) the server releases the lock and another node takes it at
 * its next try. {@link #close()} gives the lead up.
 */
final class PostgresLeadership implements Leadership, AutoCloseable {
    static final Duration RETRY = Duration.ofSeconds(2);
    static final Duration CHECK = Duration.ofSeconds(1);
    private static final System.Logger LOG = System.getLogger(PostgresLeadership.class.getName());

    private final ConnectionOpener opener;
    private final Thread thread;
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile boolean leader;
    private volatile boolean closed;
    private volatile LeaderSession session;

    PostgresLeadership(ConnectionOpener opener) {
        this.opener = opener;
        this.thread = Thread.ofPlatform().name("postgres-leadership").daemon().unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    /** A volatile read: cheap enough to ask before every run of a job. */
    @Override
    public boolean isLeader() {
        return leader;
    }

    /** How many times this node tried to take the lead (for tests). */
    int attempts() {
        return attempts.get();
    }

    /** The server process of this node's leadership session, 0 while there is none (for tests). */
    int backendPid() {
        LeaderSession current = session;
        return current == null ? 0 : current.backendPid();
    }

    /** Stops leading (or trying to), releases the lock and closes the session. */
    @Override
    public void close() {
        leader = false;
        closed = true;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (!closed) {
                try {
                    if (leader) {
                        session.watch(CHECK);
                    } else {
                        tryToLead();
                    }
                } catch (SQLException | RuntimeException e) {
                    sessionFailed(e);
                }
            }
        } finally {
            endSession();
        }
    }

    private void tryToLead() throws SQLException {
        if (session == null) {
            session = LeaderSession.open(opener);
        }
        try {
            leader = session.tryLead() && !closed;
        } finally {
            attempts.incrementAndGet();
        }
        if (leader) {
            LOG.log(System.Logger.Level.INFO, "This node leads now (the simulator and retention pruning run here)");
        } else {
            pause(RETRY);
        }
    }

    private void sessionFailed(Exception e) {
        if (leader) {
            leader = false;
            LOG.log(
                    System.Logger.Level.WARNING,
                    "This node stopped leading: its PostgreSQL session failed: " + e.getMessage());
        }
        LeaderSession failed = session;
        session = null;
        if (failed != null) {
            failed.abandon();
        }
        if (!closed) {
            pause(RETRY);
        }
    }

    private void endSession() {
        LeaderSession ending = session;
        session = null;
        if (ending != null) {
            ending.close();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
