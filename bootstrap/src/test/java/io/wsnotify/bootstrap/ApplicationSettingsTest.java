package io.wsnotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.adapter.jwt.testing.SigningKeys;
import io.wsnotify.adapter.jwt.testing.Tokens;
import io.wsnotify.application.access.Credential;
import io.wsnotify.bootstrap.support.TestConfig;
import io.wsnotify.domain.TokenProblem;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationSettingsTest {
    @Test
    void applicationYamlHoldsTheDesignDefaults() {
        var config = TestConfig.of(Map.of());
        ApplicationSettings settings = ApplicationSettings.read(config);
        assertEquals(5050, config.get("server.port").asInt().get());
        assertEquals("0.0.0.0", config.get("server.host").asString().get());
        assertEquals(
                Path.of("data/notify.db"),
                ((StoreChoice.Sqlite) settings.store()).settings().path());
        assertTrue(settings.simulator().enabled());
        assertEquals(Duration.ofSeconds(1), settings.simulator().minInterval());
        assertEquals(Duration.ofSeconds(60), settings.simulator().maxInterval());
        assertTrue(settings.seedData());
        assertTrue(settings.logRequests());
        assertTrue(settings.access().publishIsOpen());
        assertTrue(settings.access().subscribeIsOpen());
        assertEquals(List.of("*"), settings.http().allowedOrigins());
        assertEquals(65536, settings.http().maxBodyBytes());
        assertEquals(4096, settings.webSocket().maxFrameBytes());
        assertEquals(20000, settings.webSocket().maxConnections());
        assertEquals(1024, settings.core().queueLimits().maxNotifications());
        assertEquals(4L * 1024 * 1024, settings.core().queueLimits().maxBytes());
        assertEquals(Duration.ofSeconds(30), settings.webSocket().pingInterval());
        assertEquals(Duration.ofSeconds(20), settings.webSocket().pongTimeout());
        assertEquals(Duration.ofSeconds(15), settings.http().sseHeartbeat());
        assertEquals(100_000, settings.core().retention().maxCount());
        assertEquals(Duration.ofDays(7), settings.core().retention().maxAge());
        assertEquals(Duration.ofMinutes(1), settings.pruneInterval());
    }

    @Test
    void tokensTurnAccessControlOn() {
        ApplicationSettings settings = ApplicationSettings.read(
                TestConfig.of(Map.of("notify.security.publish-token", "p", "notify.security.subscribe-token", "s")));
        assertFalse(settings.access().publishIsOpen());
        assertEquals(Credential.PublishToken.INSTANCE, settings.access().identify("p"));
        assertEquals(Credential.SubscribeToken.INSTANCE, settings.access().identify("s"));
        assertEquals(
                new Credential.Refused(TokenProblem.WRONG_TOKEN),
                settings.access().identify("x"));
        assertEquals("off", settings.signedTokens());
    }

    @Test
    void aJwtSecretTurnsSignedTokensOnWithTheirChecks() {
        ApplicationSettings settings = ApplicationSettings.read(TestConfig.of(Map.of(
                "notify.security.jwt.secret",
                SigningKeys.SECRET,
                "notify.security.jwt.issuer",
                "https://issuer.example",
                "notify.security.jwt.audience",
                "notify")));
        assertTrue(settings.access().signedTokensAreOn());
        assertFalse(settings.access().publishIsOpen());
        assertEquals("HS256 secret; issuer checked; audience checked", settings.signedTokens());
        String token = Tokens.at(Instant.now())
                .claim("iss", "https://issuer.example")
                .claim("aud", "notify")
                .hs256(SigningKeys.SECRET);
        assertInstanceOf(Credential.SignedToken.class, settings.access().identify(token));
        String wrongIssuer = Tokens.at(Instant.now()).claim("aud", "notify").hs256(SigningKeys.SECRET);
        assertEquals(
                new Credential.Refused(TokenProblem.WRONG_ISSUER),
                settings.access().identify(wrongIssuer));
    }

    @Test
    void aJwksFileTurnsSignedTokensOn(@TempDir Path dir) {
        SigningKeys keys = SigningKeys.generate();
        ApplicationSettings settings = ApplicationSettings.read(TestConfig.of(
                Map.of("notify.security.jwt.jwks-file", keys.writeJwks(dir).toString())));
        assertInstanceOf(
                Credential.SignedToken.class,
                settings.access().identify(Tokens.at(Instant.now()).kid("ec-1").es256(keys.ec())));
    }

    @Test
    void aShortSecretOrABadJwksFileStopsTheStartNamingItsKey(@TempDir Path dir) {
        ConfigurationException shortSecret = assertThrows(
                ConfigurationException.class,
                () -> ApplicationSettings.read(
                        TestConfig.of(Map.of("notify.security.jwt.secret", "too-short-secret"))));
        assertEquals("notify.security.jwt.secret", shortSecret.key());
        assertFalse(shortSecret.getMessage().contains("too-short-secret"), shortSecret.getMessage());
        Path garbage = SigningKeys.write(dir.resolve("keys.json"), "{not json");
        ConfigurationException badFile = assertThrows(
                ConfigurationException.class,
                () -> ApplicationSettings.read(
                        TestConfig.of(Map.of("notify.security.jwt.jwks-file", garbage.toString()))));
        assertEquals("notify.security.jwt.jwks-file", badFile.key());
        assertTrue(badFile.getMessage().contains("keys.json"), badFile.getMessage());
    }

    @Test
    void commaSeparatedOriginsOverrideTheList() {
        ApplicationSettings settings = ApplicationSettings.read(
                TestConfig.of(Map.of("notify.security.allowed-origins", "https://a.example, https://b.example")));
        assertEquals(
                List.of("https://a.example", "https://b.example"),
                settings.http().allowedOrigins());
        assertEquals(
                List.of("https://a.example", "https://b.example"),
                settings.webSocket().allowedOrigins());
    }

    @Test
    void aFixedSeedIsKeptAndAnEmptyOneIsDrawn() {
        assertEquals(
                42,
                ApplicationSettings.read(TestConfig.of(Map.of("notify.simulator.seed", "42")))
                        .simulator()
                        .seed());
        ApplicationSettings.read(TestConfig.of(Map.of("notify.simulator.seed", "")));
    }

    @Test
    void badValuesNameTheirKey() {
        assertBadKey("notify.db.busy-timeout", "notify.db.busy-timeout", "5 seconds");
        assertBadKey("notify.limits.max-body-bytes", "notify.limits.max-body-bytes", "-1");
        assertBadKey("notify.limits.max-connections", "notify.limits.max-connections", "many");
        assertBadKey("notify.simulator.enabled", "notify.simulator.enabled", "yes");
        assertBadKey("notify.simulator.seed", "notify.simulator.seed", "abc");
        assertBadKey("notify.simulator.max-interval", "notify.simulator.max-interval", "PT0.5S");
        assertBadKey("notify.retention.max-age", "notify.retention.max-age", "PT0S");
        assertBadKey("notify.limits.max-frame-bytes", "notify.limits.max-frame-bytes", "100");
        assertBadKey("notify.db.path", "notify.db.path", " ");
        assertBadKey(ServerTimeouts.IDLE_TIMEOUT, ServerTimeouts.IDLE_TIMEOUT, "PT40S");
    }

    @Test
    void theStoreIsSqliteOrPostgresAndBadPostgresKeysAreNamed() {
        assertBadKey("notify.store", "notify.store", "mysql");
        assertBadPostgres("notify.postgres.url", Map.of());
        assertBadPostgres("notify.postgres.url", Map.of("notify.postgres.url", "jdbc:mysql://localhost/notify"));
        assertBadPostgres(
                "notify.postgres.pool-size",
                Map.of("notify.postgres.url", "jdbc:postgresql://h/db", "notify.postgres.pool-size", "0"));
        assertBadPostgres(
                "notify.postgres.poll-interval",
                Map.of("notify.postgres.url", "jdbc:postgresql://h/db", "notify.postgres.poll-interval", "PT2S"));
        ApplicationSettings postgres = ApplicationSettings.read(TestConfig.of(Map.of(
                "notify.store",
                "postgres",
                "notify.postgres.url",
                "jdbc:postgresql://h/db",
                "notify.postgres.poll-interval",
                "PT0.25S")));
        assertEquals(Duration.ofMillis(250), postgres.core().pollInterval(), "the follower polls as often");
    }

    private static void assertBadPostgres(String expectedKey, Map<String, String> keys) {
        Map<String, String> config = new HashMap<>(keys);
        config.put("notify.store", "postgres");
        var e = assertThrows(
                ConfigurationException.class, () -> ApplicationSettings.read(TestConfig.of(config)), config.toString());
        assertEquals(expectedKey, e.key(), e.getMessage());
    }

    @Test
    void aBadSettingStopsTheStartBeforeAnythingOpens() {
        var e = assertThrows(
                ConfigurationException.class,
                () -> NotifyApplication.start(
                        TestConfig.of(Map.of("notify.delivery.ping-interval", "often", "server.port", "0"))));
        assertEquals("notify.delivery.ping-interval", e.key());
        assertTrue(e.getMessage().contains("often"), e.getMessage());
    }

    private static void assertBadKey(String expectedKey, String key, String value) {
        var e = assertThrows(
                ConfigurationException.class,
                () -> ApplicationSettings.read(TestConfig.of(Map.of(key, value))),
                key + "=" + value);
        assertEquals(expectedKey, e.key(), e.getMessage());
        assertTrue(e.getMessage().contains(expectedKey), e.getMessage());
    }
}
