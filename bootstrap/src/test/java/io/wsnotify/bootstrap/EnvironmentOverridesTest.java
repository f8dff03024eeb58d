package io.wsnotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wsnotify.adapter.jwt.testing.SigningKeys;
import io.wsnotify.bootstrap.support.ChildJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every key is overridden by the environment variable the README names (the key upper-cased, '.'
 * and '-' as '_'), and a {@code -D} system property wins over both. Checked in a child JVM, since
 * a process cannot change its own environment.
 */
class EnvironmentOverridesTest {
    private static final Map<String, String> ENVIRONMENT = Map.ofEntries(
            Map.entry("SERVER_PORT", "6061"),
            Map.entry("SERVER_HOST", "127.0.0.2"),
            Map.entry("NOTIFY_DB_PATH", "/tmp/env.db"),
            Map.entry("NOTIFY_DB_BUSY_TIMEOUT", "PT9S"),
            Map.entry("NOTIFY_SEED_DATA", "false"),
            Map.entry("NOTIFY_LOG_REQUESTS", "false"),
            Map.entry("NOTIFY_SIMULATOR_ENABLED", "false"),
            Map.entry("NOTIFY_SIMULATOR_MIN_INTERVAL", "PT2S"),
            Map.entry("NOTIFY_SIMULATOR_MAX_INTERVAL", "PT3S"),
            Map.entry("NOTIFY_SIMULATOR_SEED", "99"),
            Map.entry("NOTIFY_SECURITY_PUBLISH_TOKEN", "secret-token"),
            Map.entry("NOTIFY_SECURITY_SUBSCRIBE_TOKEN", "another-token"),
            Map.entry("NOTIFY_SECURITY_JWT_SECRET", SigningKeys.SECRET),
            Map.entry("NOTIFY_SECURITY_JWT_ISSUER", "https://issuer.example"),
            Map.entry("NOTIFY_SECURITY_JWT_AUDIENCE", "notify"),
            Map.entry("NOTIFY_SECURITY_ALLOWED_ORIGINS", "https://a.example,https://b.example"),
            Map.entry("NOTIFY_LIMITS_MAX_BODY_BYTES", "1000"),
            Map.entry("NOTIFY_LIMITS_MAX_FRAME_BYTES", "2000"),
            Map.entry("NOTIFY_LIMITS_MAX_CONNECTIONS", "300"),
            Map.entry("NOTIFY_LIMITS_HEADER_TIMEOUT", "PT4S"),
            Map.entry("NOTIFY_DELIVERY_QUEUE_MAX_NOTIFICATIONS", "40"),
            Map.entry("NOTIFY_DELIVERY_QUEUE_MAX_BYTES", "5000"),
            Map.entry("NOTIFY_DELIVERY_PING_INTERVAL", "PT6S"),
            Map.entry("NOTIFY_DELIVERY_PONG_TIMEOUT", "PT7S"),
            Map.entry("NOTIFY_DELIVERY_SSE_HEARTBEAT", "PT8S"),
            Map.entry("NOTIFY_RETENTION_MAX_COUNT", "500"),
            Map.entry("NOTIFY_RETENTION_MAX_AGE", "P2D"),
            Map.entry("NOTIFY_RETENTION_PRUNE_INTERVAL", "PT5M"));

    @TempDir
    Path dir;

    @Test
    void environmentVariablesOverrideEveryKeyAndSystemPropertiesWin() throws Exception {
        Path jwks = SigningKeys.generate().writeJwks(dir);
        Map<String, String> environment = new HashMap<>(ENVIRONMENT);
        environment.put("NOTIFY_SECURITY_JWT_JWKS_FILE", jwks.toString());
        Map<String, String> resolved = dump(Map.of("notify.db.path", "/tmp/sysprop.db"), environment);
        Map<String, String> expected = new HashMap<>();
        expected.put("notify.store", "sqlite");
        expected.put("notify.limits.header-timeout", "PT4S");
        expected.put("server.port", "6061");
        expected.put("server.host", "127.0.0.2");
        expected.put("notify.db.path", "/tmp/sysprop.db");
        expected.put("notify.db.busy-timeout", "PT9S");
        expected.put("notify.seed-data", "false");
        expected.put("notify.log-requests", "false");
        expected.put("notify.simulator.enabled", "false");
        expected.put("notify.simulator.min-interval", "PT2S");
        expected.put("notify.simulator.max-interval", "PT3S");
        expected.put("notify.simulator.seed", "99");
        expected.put("notify.security.publish-token", "true");
        expected.put("notify.security.subscribe-token", "true");
        expected.put("notify.security.jwt.secret", "true");
        expected.put("notify.security.jwt.jwks-file", jwks.toString());
        expected.put("notify.security.jwt.issuer", "https://issuer.example");
        expected.put("notify.security.jwt.audience", "notify");
        expected.put(
                "signed-tokens",
                "HS256_secret;_JWKS_file:_1_RS256_key(s),_1_ES256_key(s);_issuer_checked;_audience_checked");
        expected.put("notify.security.allowed-origins", "https://a.example,https://b.example");
        expected.put("notify.limits.max-body-bytes", "1000");
        expected.put("notify.limits.max-frame-bytes", "2000");
        expected.put("notify.limits.max-connections", "300");
        expected.put("notify.delivery.queue-max-notifications", "40");
        expected.put("notify.delivery.queue-max-bytes", "5000");
        expected.put("notify.delivery.ping-interval", "PT6S");
        expected.put("notify.delivery.pong-timeout", "PT7S");
        expected.put("notify.delivery.sse-heartbeat", "PT8S");
        expected.put("notify.retention.max-count", "500");
        expected.put("notify.retention.max-age", "PT48H");
        expected.put("notify.retention.prune-interval", "PT5M");
        assertEquals(expected, resolved);
    }

    @Test
    void thePostgresKeysAreReadFromTheEnvironmentWhenTheStoreIsPostgres() throws Exception {
        Map<String, String> resolved = dump(
                Map.of("notify.postgres.pool-size", "7"),
                Map.of(
                        "NOTIFY_STORE", "postgres",
                        "NOTIFY_POSTGRES_URL", "jdbc:postgresql://db.example:5433/notify",
                        "NOTIFY_POSTGRES_USER", "notify",
                        "NOTIFY_POSTGRES_PASSWORD", "s3cret",
                        "NOTIFY_POSTGRES_POOL_SIZE", "20",
                        "NOTIFY_POSTGRES_POLL_INTERVAL", "PT0.5S"));
        assertEquals("postgres", resolved.get("notify.store"));
        assertEquals("jdbc:postgresql://db.example:5433/notify", resolved.get("notify.postgres.url"));
        assertEquals("notify", resolved.get("notify.postgres.user"));
        assertEquals("set", resolved.get("notify.postgres.password"));
        assertEquals("7", resolved.get("notify.postgres.pool-size"));
        assertEquals("PT0.5S", resolved.get("notify.postgres.poll-interval"));
    }

    private static Map<String, String> dump(Map<String, String> properties, Map<String, String> environment)
            throws Exception {
        try (ChildJvm child = ChildJvm.start(SettingsDump.class.getName(), properties, environment)) {
            assertEquals(0, child.awaitExit(Duration.ofSeconds(60)), child.output());
            Map<String, String> resolved = new HashMap<>();
            for (String line : child.output().split("\n")) {
                int equals = line.indexOf('=');
                if (equals > 0 && !line.contains(" ")) {
                    resolved.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
            return resolved;
        }
    }
}
