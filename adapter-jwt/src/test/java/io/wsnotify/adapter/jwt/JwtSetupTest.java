package io.wsnotify.adapter.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.wsnotify.adapter.jwt.testing.SigningKeys;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings that cannot work stop the start, naming the setting and never a secret. */
class JwtSetupTest {
    @TempDir
    Path dir;

    private static JwtSetupException refused(JwtSettings settings) {
        return assertThrows(JwtSetupException.class, () -> JwtVerifier.create(settings, InstantSource.system()));
    }

    @Test
    void refusesASecretShorterThan32Bytes() {
        String secret = "s".repeat(31);
        JwtSetupException refused = refused(new JwtSettings(secret, null, null, null));
        assertEquals("secret", refused.setting());
        assertTrue(refused.getMessage().contains("at least 32 bytes"), refused.getMessage());
        assertFalse(refused.getMessage().contains(secret), "the secret is never shown");
        JwtVerifier.create(new JwtSettings("s".repeat(32), null, null, null), InstantSource.system());
        assertThrows(JwtSetupException.class, () -> new HmacTokenMinter(secret));
    }

    @Test
    void countsTheSecretInUtf8Bytes() {
        JwtVerifier.create(new JwtSettings("é".repeat(16), null, null, null), InstantSource.system());
    }

    @Test
    void refusesAMissingJwksFile() {
        JwtSetupException refused = refused(new JwtSettings(null, dir.resolve("absent.json"), null, null));
        assertEquals("jwks-file", refused.setting());
        assertTrue(refused.getMessage().contains("absent.json"), refused.getMessage());
    }

    @Test
    void refusesAJwksFileThatDoesNotParse() {
        for (String text : new String[] {"not json", "{\"keys\": 5}", "{\"keys\": [{\"kty\": \"RSA\"}]}", "[]"}) {
            Path file = SigningKeys.write(dir.resolve("bad.json"), text);
            JwtSetupException refused = refused(new JwtSettings(null, file, null, null));
            assertEquals("jwks-file", refused.setting());
            assertTrue(refused.getMessage().contains("bad.json"), refused.getMessage());
        }
    }

    @Test
    void refusesAJwksFileWithoutAUsableKey() throws Exception {
        OctetSequenceKey secretKey =
                new OctetSequenceKeyGenerator(256).keyID("oct").generate();
        Path file = SigningKeys.write(dir.resolve("oct.json"), new JWKSet(secretKey).toString(false));
        JwtSetupException refused = refused(new JwtSettings(null, file, null, null));
        assertTrue(refused.getMessage().contains("no usable key"), refused.getMessage());
        assertFalse(refused.getMessage().contains(secretKey.getKeyValue().toString()));
    }

    @Test
    void refusesShortRsaKeysAndDuplicateKids() throws Exception {
        var small = new RSAKeyGenerator(1024, true).keyID("small").generate();
        Path smallFile = SigningKeys.write(dir.resolve("small.json"), new JWKSet(small.toPublicJWK()).toString());
        assertTrue(refused(new JwtSettings(null, smallFile, null, null))
                .getMessage()
                .contains("2048"));

        var twin = SigningKeys.rsa("same");
        Path twins = SigningKeys.write(
                dir.resolve("twins.json"),
                new JWKSet(List.of(twin.toPublicJWK(), SigningKeys.ec("same").toPublicJWK())).toString());
        assertTrue(
                refused(new JwtSettings(null, twins, null, null)).getMessage().contains("'same'"));
    }

    @Test
    void describesWhatIsOnWithoutKeyMaterial() {
        SigningKeys keys = SigningKeys.generate();
        JwtVerifier verifier = JwtVerifier.create(
                new JwtSettings(SigningKeys.SECRET, keys.writeJwks(dir), null, null), InstantSource.system());
        assertEquals("HS256 secret; JWKS file: 1 RS256 key(s), 1 ES256 key(s)", verifier.describe());
        assertFalse(
                new JwtSettings(SigningKeys.SECRET, null, null, null).toString().contains(SigningKeys.SECRET));
    }
}
