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
 */
public record HttpSettings(List<String> allowedOrigins, int maxBodyBytes, Duration sseHeartbeat,
                           RequestObserver observer) {
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

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
    }

    /** Any origin, 64 KiB bodies, a heartbeat every 15 s, no observer. */
    public static HttpSettings defaults() {
        return new HttpSettings(List.of("*"), DEFAULT_MAX_BODY_BYTES, Duration.ofSeconds(15), (m, r, s, d) -> { });
    }
}
