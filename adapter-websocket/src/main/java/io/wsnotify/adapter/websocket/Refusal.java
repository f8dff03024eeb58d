package io.wsnotify.adapter.websocket;

import io.helidon.http.DirectHandler;
import io.helidon.http.Header;
import io.helidon.http.HeaderValues;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.http.RequestException;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectTransportRequest;

/**
 * Refused WebSocket handshakes, as the exception Helidon turns into a plain HTTP answer.
 *
 * <p>Helidon 4.5 answers every {@code WsUpgradeException} thrown from {@code onHttpUpgrade} with 400.
 * A {@link RequestException} thrown there instead is handled by the routing's direct handlers
 * with the status and headers it carries (user error handlers are not involved), and the
 * connection is closed after the answer. So each refusal gets its precise status.
 */
final class Refusal {
    private static final Header BEARER_CHALLENGE = HeaderValues.create("WWW-Authenticate", "Bearer");
    private static final Header RETRY_LATER = HeaderValues.create("Retry-After", "5");

    private Refusal() {
    }

    /** 400: a malformed client id or query parameter. */
    static RequestException badRequest(String message, HttpPrologue prologue, Headers headers) {
        return build(Status.BAD_REQUEST_400, message, prologue, headers, null);
    }

    /** 401: the subscribe token is missing or wrong. */
    static RequestException unauthorized(HttpPrologue prologue, Headers headers) {
        return build(Status.UNAUTHORIZED_401, "missing or wrong subscribe token", prologue, headers, BEARER_CHALLENGE);
    }

    /** 503: the connection limit is reached or the server is stopping. */
    static RequestException unavailable(String message, HttpPrologue prologue, Headers headers) {
        return build(Status.SERVICE_UNAVAILABLE_503, message, prologue, headers, RETRY_LATER);
    }

    private static RequestException build(Status status, String message, HttpPrologue prologue, Headers headers,
                                          Header extra) {
        RequestException.Builder builder = RequestException.builder()
                .type(DirectHandler.EventType.OTHER)
                .status(status)
                .message(message)
                .request(DirectTransportRequest.create(prologue, headers))
                .setKeepAlive(false);
        if (extra != null) {
            builder.header(extra);
        }
        return builder.build();
    }
}
