package io.wsnotify.adapter.websocket;

import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.WritableHeaders;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.Http1ConnectionListener;
import io.helidon.webserver.spi.ProtocolConfig;
import io.helidon.webserver.websocket.WsConfig;

import java.util.Optional;
import java.util.Set;

/**
 * Makes Helidon's WebSocket origin check follow {@link WebSocketSettings#allowedOrigins()}.
 *
 * <p>Helidon 4.5 checks the {@code Origin} of every upgrade before any listener runs: with a
 * configured list it refuses others with 403 (what we want), but with no list it refuses every
 * origin that differs from the {@code Host} — it has no "any origin". For {@code ["*"]} an HTTP/1
 * receive listener therefore removes {@code Origin} from WebSocket upgrade requests before the
 * check; a handshake without {@code Origin} is always allowed. Other requests are untouched.
 */
final class OriginPolicy {
    private OriginPolicy() {
    }

    /** The WebSocket protocol configuration for these settings. */
    static ProtocolConfig protocol(WebSocketSettings settings) {
        WsConfig.Builder ws = WsConfig.builder().maxFrameLength(settings.maxFrameBytes());
        if (!settings.anyOrigin()) {
            ws.origins(Set.copyOf(settings.allowedOrigins()));
        }
        return ws.build();
    }

    /** The HTTP/1 receive listener these settings need, if any: for {@code ["*"]}, {@link AnyOrigin}. */
    static Optional<Http1ConnectionListener> listener(WebSocketSettings settings) {
        return settings.anyOrigin() ? Optional.of(new AnyOrigin()) : Optional.empty();
    }

    /** Lets a WebSocket upgrade from any origin through Helidon's same-origin check. */
    static final class AnyOrigin implements Http1ConnectionListener {
        @Override
        public void headers(ConnectionContext ctx, Headers headers) {
            if (headers instanceof WritableHeaders<?> writable && writable.contains(HeaderNames.ORIGIN)
                    && isWebSocketUpgrade(writable)) {
                writable.remove(HeaderNames.ORIGIN);
            }
        }

        private static boolean isWebSocketUpgrade(Headers headers) {
            return headers.contains(HeaderNames.UPGRADE)
                    && "websocket".equalsIgnoreCase(headers.get(HeaderNames.UPGRADE).get());
        }
    }
}
