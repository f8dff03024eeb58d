package io.wsnotify.bootstrap;

import io.helidon.config.Config;
import io.wsnotify.adapter.jwt.JwtSettings;
import io.wsnotify.adapter.jwt.testing.SigningKeys;
import io.wsnotify.application.access.Credential;

/**
 * Test entry point for a child JVM: reads settings exactly as {@link Main} does (Config.create())
 * and prints what each key resolved to, one {@code key=value} per line. Tokens print as whether
 * "secret-token" opens them, and the JWT secret as whether it is the test keys' secret, never as their value.
 */
public final class SettingsDump {
    private SettingsDump() {}

    public static void main(String[] args) {
        Config config = Config.create();
        ApplicationSettings settings = ApplicationSettings.read(config);
        print("server.port", config.get("server.port").asInt().get());
        print("server.host", config.get("server.host").asString().get());
        printStore(settings.store());
        print("notify.seed-data", settings.seedData());
        print("notify.log-requests", settings.logRequests());
        print("notify.simulator.enabled", settings.simulator().enabled());
        print("notify.simulator.min-interval", settings.simulator().minInterval());
        print("notify.simulator.max-interval", settings.simulator().maxInterval());
        print("notify.simulator.seed", settings.simulator().seed());
        print(
                "notify.security.publish-token",
                settings.access().identify("secret-token") == Credential.PublishToken.INSTANCE);
        print("notify.security.subscribe-token", settings.access().hasSubscribeToken());
        JwtSettings jwt = AccessPolicyReader.jwtSettings(new ConfigReader(config));
        print("notify.security.jwt.secret", SigningKeys.SECRET.equals(jwt.secret()));
        print("notify.security.jwt.jwks-file", jwt.jwksFile());
        print("notify.security.jwt.issuer", jwt.issuer());
        print("notify.security.jwt.audience", jwt.audience());
        print("signed-tokens", settings.signedTokens().replace(' ', '_'));
        print(
                "notify.security.allowed-origins",
                String.join(",", settings.http().allowedOrigins()));
        print("notify.limits.max-body-bytes", settings.http().maxBodyBytes());
        print("notify.limits.header-timeout", settings.http().headerTimeout());
        print("notify.limits.max-frame-bytes", settings.webSocket().maxFrameBytes());
        print("notify.limits.max-connections", settings.webSocket().maxConnections());
        print(
                "notify.delivery.queue-max-notifications",
                settings.core().queueLimits().maxNotifications());
        print("notify.delivery.queue-max-bytes", settings.core().queueLimits().maxBytes());
        print("notify.delivery.ping-interval", settings.webSocket().pingInterval());
        print("notify.delivery.pong-timeout", settings.webSocket().pongTimeout());
        print("notify.delivery.sse-heartbeat", settings.http().sseHeartbeat());
        print("notify.retention.max-count", settings.core().retention().maxCount());
        print("notify.retention.max-age", settings.core().retention().maxAge());
        print("notify.retention.prune-interval", settings.pruneInterval());
    }

    private static void printStore(StoreChoice store) {
        switch (store) {
            case StoreChoice.Sqlite sqlite -> {
                print("notify.store", "sqlite");
                print("notify.db.path", sqlite.settings().path());
                print("notify.db.busy-timeout", sqlite.settings().busyTimeout());
            }
            case StoreChoice.Postgres postgres -> {
                print("notify.store", "postgres");
                print("notify.postgres.url", postgres.settings().url());
                print("notify.postgres.user", postgres.settings().user());
                print("notify.postgres.password", postgres.settings().password() == null ? "none" : "set");
                print("notify.postgres.pool-size", postgres.settings().poolSize());
                print("notify.postgres.poll-interval", postgres.settings().pollInterval());
            }
        }
    }

    private static void print(String key, Object value) {
        System.out.println(key + "=" + value);
    }
}
