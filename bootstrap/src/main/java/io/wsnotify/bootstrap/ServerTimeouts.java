package io.wsnotify.bootstrap;

import io.wsnotify.adapter.websocket.WebSocketSettings;
import java.time.Duration;

/**
 * Guards {@code server.idle-connection-timeout}: Helidon closes a connection it has not read from
 * for that long, WebSocket ones included. A healthy quiet client is pinged after
 * {@code ping-interval} and its pong counts as traffic, so the timeout must exceed ping interval
 * plus pong timeout.
 */
final class ServerTimeouts {
    static final String IDLE_TIMEOUT = "server.idle-connection-timeout";

    private ServerTimeouts() {}

    static void check(ConfigReader config, WebSocketSettings webSocket) {
        if (config.optionalString(IDLE_TIMEOUT).isEmpty()) {
            return;
        }
        Duration idle = config.positiveDuration(IDLE_TIMEOUT);
        Duration heartbeat = webSocket.pingInterval().plus(webSocket.pongTimeout());
        if (idle.compareTo(heartbeat) <= 0) {
            throw new ConfigurationException(
                    IDLE_TIMEOUT,
                    idle + " would close quiet WebSocket clients: it must be"
                            + " longer than notify.delivery.ping-interval + pong-timeout (" + heartbeat + ")");
        }
    }
}
