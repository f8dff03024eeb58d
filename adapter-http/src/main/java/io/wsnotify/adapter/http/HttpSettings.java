package io.wsnotify.adapter.http;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the HTTP adapter.
 *
 * @param allowedOrigins CORS origins allowed to call the API ({@code "*"} allows any)
 * @param maxBodyBytes   largest request body accepted; a larger one is answered with 413
 * @param sseHeartbeat   how often an idle {@code /events} stream gets a comment line, so proxies
 *                       keep it open and a vanished client is noticed
 * @param observer       told about every finished request
 * @param headerTimeout  longest a client may take to send a request head (request line and
 *                       headers), from its first byte, or from connecting for the first request;
 *                       a slower one is answered 408 and closed (slowloris)
 */
public record HttpSettings(
        List<String> allowedOrigins,
        int maxBodyBytes,
        Duration sseHeartbeat,
        RequestObserver observer,
        Duration headerTimeout) {
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    public static final int DEFAULT_HEADER_TIMEOUT_SECONDS = 10;
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(DEFAULT_HEADER_TIMEOUT_SECONDS);

    public HttpSettings {
        allowedOrigins = List.copyOf(Objects.requireNonNull(allowedOrigins, "allowedOrigins"));
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        Objects.requireNonNull(sseHeartbeat, "sseHeartbeat");
        if (sseHeartbeat.isNegative() || sseHeartbeat.isZero()) {
            throw new IllegalArgumentException("sseHeartbeat must be positive");
        }
        Objects.requireNonNull(observer, "observer");
        Objects.requireNonNull(headerTimeout, "headerTimeout");
        if (headerTimeout.isNegative() || headerTimeout.isZero()) {
            throw new IllegalArgumentException("headerTimeout must be positive");
        }
    }

    /** These settings with the default header timeout ({@value #DEFAULT_HEADER_TIMEOUT_SECONDS} s). */
    public HttpSettings(
            List<String> allowedOrigins, int maxBodyBytes, Duration sseHeartbeat, RequestObserver observer) {
        this(allowedOrigins, maxBodyBytes, sseHeartbeat, observer, DEFAULT_HEADER_TIMEOUT);
    }

    /** Any origin, 64 KiB bodies, a heartbeat every 15 s, no observer, a 10 s header timeout. */
    public static HttpSettings defaults() {
        return new HttpSettings(List.of("*"), DEFAULT_MAX_BODY_BYTES, Duration.ofSeconds(15), (m, r, s, d) -> {});
    }

    /** These settings with another header timeout. */
    public HttpSettings withHeaderTimeout(Duration timeout) {
        return new HttpSettings(allowedOrigins, maxBodyBytes, sseHeartbeat, observer, timeout);
    }
}
