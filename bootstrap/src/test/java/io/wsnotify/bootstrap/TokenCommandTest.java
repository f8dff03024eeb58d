package io.wsnotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import io.helidon.config.Config;
import io.wsnotify.adapter.jwt.JwtSettings;
import io.wsnotify.adapter.jwt.JwtVerifier;
import io.wsnotify.adapter.jwt.testing.SigningKeys;
import io.wsnotify.bootstrap.support.ChildJvm;
import io.wsnotify.bootstrap.support.TestConfig;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.Scope;
import io.wsnotify.domain.TokenClaims;
import io.wsnotify.domain.TokenVerdict;
import io.wsnotify.domain.Topic;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code token} command: a token the server accepts with exactly the claims asked for, or exit code 2. */
class TokenCommandTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final Config CONFIGURED = TestConfig.of(Map.of(
            "notify.security.jwt.secret",
            SigningKeys.SECRET,
            "notify.security.jwt.issuer",
            "https://issuer.example",
            "notify.security.jwt.audience",
            "notify"));

    @Test
    void printsATokenTheServersVerifierAcceptsWithTheClaimsAskedFor() throws Exception {
        Run run = run(CONFIGURED, "--sub", "alice", "--scope", "subscribe", "--topics", "tasks,devices", "--ttl", "1h");

        assertEquals(0, run.code, run.err);
        assertEquals("", run.err);
        String token = run.out.strip();
        JwtVerifier server = JwtVerifier.create(
                AccessPolicyReader.jwtSettings(new ConfigReader(CONFIGURED)), InstantSource.fixed(NOW));
        assertEquals(
                new TokenVerdict.Valid(new TokenClaims(
                        new ClientId("alice"), Set.of(Scope.SUBSCRIBE), Set.of(Topic.TASKS, Topic.DEVICES))),
                server.verify(token));
        var claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertEquals(
                Set.of("sub", "scope", "topics", "iat", "exp", "iss", "aud"),
                claims.getClaims().keySet());
        assertEquals(NOW.plus(Duration.ofHours(1)), claims.getExpirationTime().toInstant());
        assertEquals("https://issuer.example", claims.getIssuer());
        assertEquals(List.of("notify"), claims.getAudience());
    }

    @Test
    void scopesCombineAndIssuerAndAudienceCanBeGiven() throws Exception {
        Config secretOnly = TestConfig.of(Map.of("notify.security.jwt.secret", SigningKeys.SECRET));
        for (String[] args : List.of(
                new String[] {"--sub", "app", "--scope", "subscribe publish"},
                new String[] {"--sub=app", "--scope=publish", "--scope", "subscribe"})) {
            Run run = run(secretOnly, args);
            assertEquals(0, run.code, run.err);
            var claims = SignedJWT.parse(run.out.strip()).getJWTClaimsSet();
            assertEquals("subscribe publish", claims.getStringClaim("scope"));
            assertEquals(
                    Set.of("sub", "scope", "iat", "exp"), claims.getClaims().keySet());
        }
        Run issued = run(secretOnly, "--sub", "bob", "--iss", "me", "--aud", "them", "--ttl", "PT30M");
        var claims = SignedJWT.parse(issued.out.strip()).getJWTClaimsSet();
        assertEquals("me", claims.getIssuer());
        assertEquals(List.of("them"), claims.getAudience());
        assertEquals("subscribe", claims.getStringClaim("scope"), "subscribe by default");
        assertEquals(
                NOW.plus(Duration.ofMinutes(30)), claims.getExpirationTime().toInstant());
        assertEquals(
                NOW.plus(Duration.ofDays(2)),
                SignedJWT.parse(run(secretOnly, "--sub", "c", "--ttl", "2d").out.strip())
                        .getJWTClaimsSet()
                        .getExpirationTime()
                        .toInstant());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "--scope subscribe",
                "--sub",
                "--sub bad%id",
                "--sub a --scope admin",
                "--sub a --topics Tasks",
                "--sub a --ttl 0m",
                "--sub a --ttl soon",
                "--sub a --ttl -1h",
                "--sub a --sub b",
                "--sub a --what x",
                "--sub a --scope"
            })
    void badOrMissingArgumentsAreOneLineAndExitCode2(String line) {
        Run run = run(CONFIGURED, line.isEmpty() ? new String[0] : line.split(" "));

        assertEquals(2, run.code);
        assertEquals("", run.out);
        assertEquals(1, run.err.lines().count(), run.err);
        assertTrue(run.err.startsWith("token: "), run.err);
    }

    @Test
    void noSecretOrAShortOneIsExitCode2NamingTheKey() {
        Run none = run(TestConfig.of(Map.of()), "--sub", "alice");
        assertEquals(2, none.code);
        assertTrue(none.err.contains("NOTIFY_SECURITY_JWT_SECRET"), none.err);
        Run tooShort = run(TestConfig.of(Map.of("notify.security.jwt.secret", "short-secret")), "--sub", "alice");
        assertEquals(2, tooShort.code);
        assertTrue(tooShort.err.contains("notify.security.jwt.secret"), tooShort.err);
        assertFalse(tooShort.err.contains("short-secret"), tooShort.err);
    }

    @Test
    void helpPrintsUsage() {
        Run run = run(CONFIGURED, "--help");
        assertEquals(0, run.code);
        assertTrue(run.out.contains("--sub") && run.out.contains("--ttl"), run.out);
    }

    @Test
    void theJarsMainRunsItWithTheSecretFromTheEnvironment() throws Exception {
        try (ChildJvm child = ChildJvm.start(
                Main.class.getName(),
                List.of("token", "--sub", "alice", "--scope", "publish"),
                Map.of(),
                Map.of("NOTIFY_SECURITY_JWT_SECRET", SigningKeys.SECRET))) {
            assertEquals(0, child.awaitExit(Duration.ofSeconds(60)), child.output());
            String token = child.output()
                    .lines()
                    .filter(line -> line.startsWith("ey"))
                    .findFirst()
                    .orElseThrow();
            JwtVerifier server =
                    JwtVerifier.create(new JwtSettings(SigningKeys.SECRET, null, null, null), InstantSource.system());
            assertTrue(server.verify(token) instanceof TokenVerdict.Valid, child.output());
        }
        try (ChildJvm child = ChildJvm.start(Main.class.getName(), List.of("token", "--sub"), Map.of(), Map.of())) {
            assertEquals(2, child.awaitExit(Duration.ofSeconds(60)), child.output());
        }
    }

    private static Run run(Config config, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TokenCommand.run(
                Arrays.asList(args),
                config,
                InstantSource.fixed(NOW),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) {}
}
