package io.wsnotify.bootstrap;

import io.helidon.metrics.api.MeterRegistry;
import io.helidon.webserver.WebServer;
import io.wsnotify.adapter.simulator.DeviceSimulator;
import io.wsnotify.adapter.websocket.WebSocketAdapter;
import io.wsnotify.application.NotifyCore;
import io.wsnotify.bootstrap.observe.NotifyMeters;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * What a started application holds ({@link ApplicationAssembly} builds it), and the order it stops
 * in. A part that fails to stop is logged and the others still stop.
 */
record RunningParts(
        RunningStore store,
        NotifyCore<?> core,
        MeterRegistry meters,
        NotifyMeters notifyMeters,
        WebSocketAdapter webSocket,
        WebServer server,
        DeviceSimulator simulator,
        RetentionSchedule retention) {
    private static final System.Logger LOG = System.getLogger(RunningParts.class.getName());
    /** How long a stop waits for WebSocket clients to answer the 1001 close before the server drops them. */
    private static final Duration CLOSE_HANDSHAKE_WAIT = Duration.ofSeconds(3);

    private static final Duration POLL = Duration.ofMillis(10);

    /**
     * New WebSockets refused, simulator, retention, core (ends live connections with 1001), WebSocket adapter (waiting briefly
     * for the close handshakes, which it sends asynchronously), server, metrics, database.
     */
    void stop() {
        step("new WebSocket connections", webSocket::stopAccepting);
        step("device simulator", simulator);
        step("log retention", retention);
        step("live delivery", core);
        step("WebSocket adapter", webSocket);
        step("WebSocket close handshakes", this::awaitWebSocketsClosed);
        step("web server", server::stop);
        step("service meters", notifyMeters);
        step("metrics", meters::close);
        step("database", store);
    }

    private void awaitWebSocketsClosed() {
        long deadline = System.nanoTime() + CLOSE_HANDSHAKE_WAIT.toNanos();
        while (webSocket.openConnections() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(POLL.toNanos());
        }
        int left = webSocket.openConnections();
        if (left > 0) {
            LOG.log(
                    Level.INFO,
                    "{0} WebSocket clients did not answer the close within {1}; dropping them",
                    left,
                    CLOSE_HANDSHAKE_WAIT);
        }
    }

    /** Stops one part: a failure is logged, never thrown, so that the next part still stops. */
    static void step(String name, AutoCloseable part) {
        try {
            part.close();
        } catch (Exception | LinkageError e) {
            LOG.log(Level.WARNING, "Stopping the " + name + " failed", e);
        }
    }
}
