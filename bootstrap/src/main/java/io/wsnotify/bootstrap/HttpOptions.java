package io.wsnotify.bootstrap;

import io.wsnotify.adapter.http.HttpSettings;
import io.wsnotify.adapter.http.RequestObserver;
import java.time.Duration;
import java.util.List;

/** The HTTP adapter's settings as read from config, before the request observer is known. */
record HttpOptions(List<String> allowedOrigins, int maxBodyBytes, Duration sseHeartbeat, Duration headerTimeout) {
    HttpOptions {
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    static HttpOptions read(ConfigReader config) {
        return new HttpOptions(
                config.list("notify.security.allowed-origins"),
                config.positiveInt("notify.limits.max-body-bytes"),
                config.positiveDuration("notify.delivery.sse-heartbeat"),
                config.positiveDuration("notify.limits.header-timeout"));
    }

    HttpSettings withObserver(RequestObserver observer) {
        return new HttpSettings(allowedOrigins, maxBodyBytes, sseHeartbeat, observer, headerTimeout);
    }
}
