package io.wsnotify.adapter.websocket;

import io.helidon.http.DirectHandler;
import io.helidon.http.Header;
import io.helidon.http.HeaderValues;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.http.RequestException;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectTransportRequest;
import io.wsnotify.application.access.AccessDecision;
import io.wsnotify.wire.BearerChallenge;

/**
 * Refused WebSocket handshakes, as the exception Helidon turns into a plain HTTP answer: a
 * {@link RequestException} thrown from an upgrader is handled by the server's direct handlers
 * with the status and headers it carries, and the connection is closed after the answer.
 */
final class Refusal {
    private static final Header RETRY_LATER = HeaderValues.create("Retry-After", "5");
    private static final Header SUPPORTED_VERSION = HeaderValues.create("Sec-WebSocket-Version", "13");

    private Refusal() {}

    /** 400: a malformed client id or query parameter. */
    static RequestException badRequest(String message, HttpPrologue prologue, Headers headers) {
        return build(Status.BAD_REQUEST_400, message, prologue, headers, null);
    }

    /** 403: an {@code Origin} outside the allowed list. */
    static RequestException forbidden(String message, HttpPrologue prologue, Headers headers) {
        return build(Status.FORBIDDEN_403, message, prologue, headers, null);
    }

    /** 426: a WebSocket version other than 13; the answer names the one this server speaks. */
    static RequestException unsupportedVersion(HttpPrologue prologue, Headers headers) {
        return build(
                Status.UPGRADE_REQUIRED_426,
                "Sec-WebSocket-Version 13 is the only version supported",
                prologue,
                headers,
                SUPPORTED_VERSION);
    }

    /** 401 or 403, as the access policy decided, with the bearer challenge that says why. */
    static RequestException refused(AccessDecision decision, HttpPrologue prologue, Headers headers) {
        return switch (decision) {
            case AccessDecision.Unauthorized refused ->
                build(
                        Status.UNAUTHORIZED_401,
                        BearerChallenge.detail(refused.problem()),
                        prologue,
                        headers,
                        HeaderValues.create("WWW-Authenticate", BearerChallenge.unauthorized(refused.problem())));
            case AccessDecision.Forbidden refused ->
                build(
                        Status.FORBIDDEN_403,
                        BearerChallenge.detail(refused.denial()),
                        prologue,
                        headers,
                        HeaderValues.create("WWW-Authenticate", BearerChallenge.forbidden(refused.denial())));
            case AccessDecision.Allowed allowed -> throw new IllegalArgumentException("not a refusal");
        };
    }

    /** 503: the connection limit is reached or the server is stopping. */
    static RequestException unavailable(String message, HttpPrologue prologue, Headers headers) {
        return build(Status.SERVICE_UNAVAILABLE_503, message, prologue, headers, RETRY_LATER);
    }

    private static RequestException build(
            Status status, String message, HttpPrologue prologue, Headers headers, Header extra) {
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
