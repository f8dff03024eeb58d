package io.wsnotify.client;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Everything a {@link NotifyClient} runs with, checked by {@link NotifyClientBuilder}.
 *
 * @param since            where the stream starts; empty: at the log's head when {@code connect()} runs
 * @param token            asked at every attempt; null or empty sends no token
 * @param heartbeatIdle    silence after which the client sends {@code {"op":"ping"}}
 * @param heartbeatTimeout time the server then has to send anything before the client reconnects
 */
record ClientSettings(
        Endpoints endpoints,
        String clientId,
        List<String> topics,
        OptionalLong since,
        Supplier<String> token,
        Duration connectTimeout,
        Duration backoffInitial,
        Duration backoffMax,
        Duration heartbeatIdle,
        Duration heartbeatTimeout,
        Callbacks callbacks) {
    ClientSettings {
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(clientId, "clientId");
        topics = List.copyOf(topics);
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(backoffInitial, "backoffInitial");
        Objects.requireNonNull(backoffMax, "backoffMax");
        Objects.requireNonNull(heartbeatIdle, "heartbeatIdle");
        Objects.requireNonNull(heartbeatTimeout, "heartbeatTimeout");
        Objects.requireNonNull(callbacks, "callbacks");
    }

    /** The token to present now, or null for none. */
    String currentToken() {
        return Checks.token(token.get());
    }
}
