package io.wsnotify.adapter.websocket;

import java.lang.System.Logger.Level;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One platform thread that steps every connection's heartbeat a few times per ping interval: it
 * forgets connections whose socket went away unnoticed, pings silent ones, and closes those that
 * do not answer. It only reads connection state and hands writes to virtual threads, so a full
 * socket never delays it.
 */
final class Heartbeat implements AutoCloseable {
    private static final System.Logger LOGGER = System.getLogger(Heartbeat.class.getName());

    private final Connections connections;
    private final HeartbeatTiming timing;
    private final ScheduledExecutorService timer;

    Heartbeat(Connections connections, HeartbeatTiming timing) {
        this.connections = connections;
        this.timing = timing;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "ws-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
    }

    void start() {
        timer.scheduleWithFixedDelay(this::beat, timing.tick(), timing.tick(), TimeUnit.NANOSECONDS);
    }

    private void beat() {
        try {
            long now = System.nanoTime();
            connections.forEach(connection -> check(connection, now));
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "WebSocket heartbeat step failed", e);
        }
    }

    /** Forgets a connection whose socket went away, aborts a stuck close, times out or pings a silent one. */
    private void check(Connection connection, long now) {
        ConnectionState state = connection.state();
        if (!connection.socketIsConnected()) {
            connection.forget();
        } else if (state.closeOverdue(now, timing.closeGrace())) {
            connection.abort();
        } else if (state.isOpen() && state.missedPong(now, timing.pongWithin())) {
            connection.timeOut();
        } else if (state.isOpen() && state.needsPing(now, timing.pingAfter())) {
            connection.ping(now);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
