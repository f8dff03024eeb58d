package io.wsnotify.adapter.websocket;

import io.helidon.webserver.spi.ProtocolConfig;

/**
 * The server protocol configuration that carries this adapter's upgrader to Helidon: adding it to
 * the server's listener makes {@link WebSocketUpgradeProvider} (found by Helidon through
 * {@code META-INF/services}) install the upgrader for {@code Upgrade: websocket}.
 */
record WebSocketProtocol(WebSocketUpgrader upgrader) implements ProtocolConfig {
    static final String TYPE = "wsnotify-websocket";

    @Override
    public String name() {
        return TYPE;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
