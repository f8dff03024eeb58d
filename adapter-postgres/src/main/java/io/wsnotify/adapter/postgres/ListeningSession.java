package io.wsnotify.adapter.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * One listening session on one connection: {@code LISTEN}, then wait for wake-ups until the session
 * fails or {@code stopped} says so. Each payload is read as a seq and passed on; it is never the
 * data. At the start and whenever {@code pollInterval} passes without a wake-up, the newest seq of
 * the log is read and passed on if it grew, so a wake-up lost before or between sessions costs at
 * most a poll interval.
 */
final class ListeningSession {
    private static final System.Logger LOG = System.getLogger(ListeningSession.class.getName());
    private static final String NEWEST = "SELECT newest FROM log_head";

    private final Connection connection;
    private final Duration pollInterval;
    private final LongConsumer wakeUp;
    private long newestPassed;

    ListeningSession(Connection connection, Duration pollInterval, LongConsumer wakeUp, long newestPassed) {
        this.connection = connection;
        this.pollInterval = pollInterval;
        this.wakeUp = wakeUp;
        this.newestPassed = newestPassed;
    }

    /** Subscribes to {@code channel}; returns the server process of the session. */
    int listen(String channel) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + channel);
        }
        return connection.unwrap(PGConnection.class).getBackendPID();
    }

    /** Passes wake-ups on until {@code stopped} or a failure of the session (thrown). */
    void receive(BooleanSupplier stopped) throws SQLException {
        PGConnection listener = connection.unwrap(PGConnection.class);
        int waitMillis = (int) pollInterval.toMillis();
        try (PreparedStatement newest = connection.prepareStatement(NEWEST)) {
            passNewest(newest);
            while (!stopped.getAsBoolean()) {
                PGNotification[] notifications = listener.getNotifications(waitMillis);
                if (notifications == null || notifications.length == 0) {
                    passNewest(newest);
                } else {
                    pass(notifications);
                }
            }
        }
    }

    /** The highest seq passed on so far, for the next session to start from. */
    long newestPassed() {
        return newestPassed;
    }

    private void passNewest(PreparedStatement newest) throws SQLException {
        try (ResultSet row = newest.executeQuery()) {
            if (row.next() && row.getLong(1) > newestPassed) {
                newestPassed = row.getLong(1);
                wakeUp.accept(newestPassed);
            }
        }
    }

    private void pass(PGNotification[] notifications) {
        long highest = 0;
        for (PGNotification notification : notifications) {
            try {
                highest = Math.max(
                        highest, Long.parseLong(notification.getParameter().strip()));
            } catch (NumberFormatException e) {
                LOG.log(
                        System.Logger.Level.DEBUG,
                        "Ignoring a wake-up that is not a seq: " + notification.getParameter());
            }
        }
        if (highest > 0) {
            newestPassed = Math.max(newestPassed, highest);
            wakeUp.accept(highest);
        }
    }
}
