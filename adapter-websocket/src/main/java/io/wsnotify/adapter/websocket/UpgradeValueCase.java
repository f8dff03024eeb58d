package io.wsnotify.adapter.websocket;

import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.WritableHeaders;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.Http1ConnectionListener;

/**
 * Makes the {@code Upgrade: websocket} value case-insensitive, as RFC 6455 §4.2.1 asks. Helidon
 * 4.5 picks an upgrader by the exact spelling of that value, so a client that writes
 * {@code WebSocket} would be answered as a plain request. Told the headers before Helidon looks,
 * this HTTP/1 listener spells any case of {@code websocket} the way the upgrader is registered.
 */
final class UpgradeValueCase implements Http1ConnectionListener {
    private static final String WEBSOCKET = "websocket";

    @Override
    public void headers(ConnectionContext ctx, Headers headers) {
        if (headers instanceof WritableHeaders<?> writable && headers.contains(HeaderNames.UPGRADE)) {
            String value = headers.get(HeaderNames.UPGRADE).get();
            if (!value.equals(WEBSOCKET) && value.strip().equalsIgnoreCase(WEBSOCKET)) {
                writable.set(HeaderNames.UPGRADE, WEBSOCKET);
            }
        }
    }
}
