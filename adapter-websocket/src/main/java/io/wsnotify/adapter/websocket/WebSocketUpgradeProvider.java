package io.wsnotify.adapter.websocket;

import io.helidon.webserver.ProtocolConfigs;
import io.helidon.webserver.http1.spi.Http1UpgradeProvider;
import io.helidon.webserver.http1.spi.Http1Upgrader;

/**
 * Helidon's service-loaded entry point for HTTP/1.1 upgrades to our WebSocket transport: it hands
 * Helidon the upgrader carried by a {@link WebSocketProtocol} configuration of the listener.
 */
public final class WebSocketUpgradeProvider implements Http1UpgradeProvider<WebSocketProtocol> {
    @Override
    public String protocolType() {
        return WebSocketProtocol.TYPE;
    }

    @Override
    public Class<WebSocketProtocol> protocolConfigType() {
        return WebSocketProtocol.class;
    }

    @Override
    public Http1Upgrader create(WebSocketProtocol config, ProtocolConfigs configs) {
        return config.upgrader();
    }
}
