package io.wsnotify.bootstrap;

import io.wsnotify.adapter.websocket.WebSocketSettings;

/** Reads the WebSocket endpoint's origins, limits and heartbeat timing. */
final class WebSocketSettingsReader {
    static final int MIN_FRAME_BYTES = 125;

    private WebSocketSettingsReader() {}

    static WebSocketSettings read(ConfigReader config) {
        int maxFrameBytes = config.positiveInt("notify.limits.max-frame-bytes");
        if (maxFrameBytes < MIN_FRAME_BYTES) {
            throw new ConfigurationException(
                    "notify.limits.max-frame-bytes",
                    maxFrameBytes + " is below " + MIN_FRAME_BYTES + " (a control frame must fit)");
        }
        return new WebSocketSettings(
                config.list("notify.security.allowed-origins"),
                config.positiveInt("notify.limits.max-connections"),
                maxFrameBytes,
                config.positiveDuration("notify.delivery.ping-interval"),
                config.positiveDuration("notify.delivery.pong-timeout"));
    }
}
