package io.wsnotify.adapter.websocket;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the {@code /ws/{client_id}} endpoint.
 *
 * @param allowedOrigins  origins a browser may open the socket from; {@code ["*"]} allows any, and a
 *                        handshake without an {@code Origin} header is always allowed
 * @param maxConnections  open connections beyond which handshakes are refused (503)
 * @param maxFrameBytes   largest inbound frame; a bigger one closes the connection with 1009
 * @param pingInterval    a connection the server has heard nothing from for this long is pinged
 * @param pongTimeout     a pinged connection that stays silent this long is closed; also how long a
 *                        closing connection may take to answer the close before its socket is dropped
 * @param ioLanes         I/O threads that own the sockets (one per processor by default)
 */
public record WebSocketSettings(
        List<String> allowedOrigins,
        int maxConnections,
        int maxFrameBytes,
        Duration pingInterval,
        Duration pongTimeout,
        int ioLanes) {
    /** The value of {@link #allowedOrigins} that allows every origin. */
    public static final String ANY_ORIGIN = "*";

    public WebSocketSettings {
        Objects.requireNonNull(allowedOrigins, "allowedOrigins");
        allowedOrigins = List.copyOf(allowedOrigins);
        if (allowedOrigins.isEmpty() || allowedOrigins.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("allowedOrigins must list origins, or be [\"*\"]");
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be positive");
        }
        if (maxFrameBytes < 125) {
            throw new IllegalArgumentException("maxFrameBytes must be at least 125");
        }
        requirePositive(pingInterval, "pingInterval");
        requirePositive(pongTimeout, "pongTimeout");
        if (ioLanes < 1) {
            throw new IllegalArgumentException("ioLanes must be positive");
        }
    }

    /** These settings with one I/O lane per processor. */
    public WebSocketSettings(
            List<String> allowedOrigins,
            int maxConnections,
            int maxFrameBytes,
            Duration pingInterval,
            Duration pongTimeout) {
        this(allowedOrigins, maxConnections, maxFrameBytes, pingInterval, pongTimeout, defaultIoLanes());
    }

    /** One I/O lane per processor. */
    public static int defaultIoLanes() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Any origin, 20,000 connections, 4 KiB frames, ping after 30 s of silence, 20 s to answer. */
    public static WebSocketSettings defaults() {
        return new WebSocketSettings(List.of(ANY_ORIGIN), 20_000, 4096, Duration.ofSeconds(30), Duration.ofSeconds(20));
    }

    /** Whether every origin is allowed. */
    public boolean anyOrigin() {
        return allowedOrigins.contains(ANY_ORIGIN);
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
