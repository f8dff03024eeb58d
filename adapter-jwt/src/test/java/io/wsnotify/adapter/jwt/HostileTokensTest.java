package io.wsnotify.adapter.jwt;

import static io.wsnotify.adapter.jwt.Verdicts.assertRefused;
import static io.wsnotify.adapter.jwt.Verdicts.assertValid;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.wsnotify.adapter.jwt.testing.SigningKeys;
import io.wsnotify.adapter.jwt.testing.Tokens;
import io.wsnotify.domain.TokenProblem;
import io.wsnotify.domain.TokenVerdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Oversized, malformed, truncated and non-UTF-8 tokens get their reason; nothing ever throws. */
class HostileTokensTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final String SECRET = SigningKeys.SECRET;
    private static final SigningKeys KEYS = SigningKeys.generate();

    @TempDir
    Path dir;

    private JwtVerifier verifier() {
        return JwtVerifier.create(new JwtSettings(SECRET, KEYS.writeJwks(dir), null, null), InstantSource.fixed(NOW));
    }

    private static String valid() {
        return Tokens.at(NOW).hs256(SECRET);
    }

    @Test
    void refusesTokensOverEightKib() {
        String padded = Tokens.at(NOW).claim("pad", "x".repeat(5900)).hs256(SECRET);
        assertValid(verifier().verify(padded));
        assertRefused(
                TokenProblem.TOO_LARGE,
                verifier().verify(Tokens.at(NOW).claim("pad", "x".repeat(6200)).hs256(SECRET)));
        assertRefused(TokenProblem.TOO_LARGE, verifier().verify("a".repeat(100_000)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "abc",
                "a.b",
                "a.b.c.d",
                "a.b.c.d.e",
                "..",
                "a..c",
                ".b.c",
                "e30.e30.e30.e30",
                "eyJhbGciOiJIUzI1NiJ9.e30.ab+/",
                "eyJhbGciOiJIUzI1NiJ9.e30=.sig",
                "eyJhbGciOiJIUzI1NiJ9.e30.a b",
                "bm90IGpzb24.e30.sig",
                "e30.e30.sig",
                "eyJhbGciOjV9.e30.sig",
                "eyJhbGciOiJIUzI1NiJ9.e30.A"
            })
    void refusesMalformedTokens(String token) {
        assertRefused(TokenProblem.MALFORMED, verifier().verify(token));
    }

    @Test
    void refusesTruncatedTokens() {
        String token = valid();
        int firstDot = token.indexOf('.');
        int lastDot = token.lastIndexOf('.');
        assertRefused(TokenProblem.MALFORMED, verifier().verify(token.substring(0, firstDot - 3)));
        assertRefused(TokenProblem.MALFORMED, verifier().verify(token.substring(0, lastDot)));
        assertRefused(TokenProblem.MALFORMED, verifier().verify(token.substring(0, lastDot + 1)));
        assertRefused(TokenProblem.BAD_SIGNATURE, verifier().verify(token.substring(0, token.length() - 4)));
        assertRefused(
                TokenProblem.BAD_SIGNATURE,
                verifier().verify(token.substring(0, lastDot - 8) + token.substring(lastDot)));
    }

    @Test
    void refusesAHeaderOrPayloadThatIsNotUtf8() {
        byte[] badUtf8Header = "{\"alg\":\"HS256\",\"x\":\"\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        String badHeader = Tokens.encode(badUtf8Header) + "." + valid().split("\\.")[1] + ".c2ln";
        assertRefused(TokenProblem.NOT_UTF8, verifier().verify(badHeader));

        byte[] badUtf8Payload = ("{\"sub\":\"alice\",\"scope\":\"subscribe\",\"exp\":"
                        + NOW.plusSeconds(60).getEpochSecond() + ",\"name\":\"caf\u00e9\"}")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(TokenProblem.NOT_UTF8, verifier().verify(Tokens.hs256Raw(SECRET, badUtf8Payload)));
    }

    @Test
    void refusesAGenuineTokenWhosePayloadIsNotJson() {
        assertRefused(
                TokenProblem.MALFORMED,
                verifier().verify(Tokens.hs256Raw(SECRET, "hello".getBytes(StandardCharsets.UTF_8))));
        assertRefused(
                TokenProblem.MALFORMED,
                verifier().verify(Tokens.hs256Raw(SECRET, "[1,2]".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void refusesCharactersOutsideBase64Url() {
        String token = valid();
        assertRefused(
                TokenProblem.MALFORMED, verifier().verify(token.substring(0, 10) + "\u00e9" + token.substring(11)));
        assertRefused(TokenProblem.MALFORMED, verifier().verify(token + "\u0000"));
        assertRefused(TokenProblem.MALFORMED, verifier().verify(" " + token));
    }

    @Test
    void neverThrowsWhateverTheBytes() {
        JwtVerifier verifier = verifier();
        Random random = new Random(11);
        String[] seeds = {
            valid(),
            Tokens.at(NOW).kid("rsa-1").rs256(KEYS.rsa()),
            Tokens.at(NOW).kid("ec-1").es256(KEYS.ec())
        };
        for (int i = 0; i < 3000; i++) {
            char[] token = seeds[i % seeds.length].toCharArray();
            for (int changes = 1 + random.nextInt(4); changes > 0; changes--) {
                token[random.nextInt(token.length)] =
                        (char) (random.nextBoolean() ? random.nextInt(128) : random.nextInt(0x3000));
            }
            TokenVerdict verdict = verifier.verify(new String(token, 0, 1 + random.nextInt(token.length)));
            assertNotNull(verdict);
        }
    }
}
