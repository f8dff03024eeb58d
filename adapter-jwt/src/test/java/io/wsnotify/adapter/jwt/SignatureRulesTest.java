package io.wsnotify.adapter.jwt;

import static io.wsnotify.adapter.jwt.Verdicts.assertRefused;
import static io.wsnotify.adapter.jwt.Verdicts.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.jwk.RSAKey;
import io.wsnotify.adapter.jwt.testing.SigningKeys;
import io.wsnotify.adapter.jwt.testing.Tokens;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.TokenProblem;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which key checks a token, and that only a genuine signature by it passes (DESIGN §6). */
class SignatureRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final SigningKeys KEYS = SigningKeys.generate();

    @TempDir
    Path dir;

    private JwtVerifier verifier(String secret, Path jwks) {
        return JwtVerifier.create(new JwtSettings(secret, jwks, null, null), InstantSource.fixed(NOW));
    }

    private JwtVerifier both() {
        return verifier(SigningKeys.SECRET, KEYS.writeJwks(dir));
    }

    @Test
    void acceptsHs256SignedWithTheSecret() {
        assertEquals(
                new ClientId("alice"),
                assertValid(both().verify(Tokens.at(NOW).hs256(SigningKeys.SECRET)))
                        .subject());
    }

    @Test
    void acceptsRs256AndEs256ByTheirKid() {
        JwtVerifier verifier = both();
        assertValid(verifier.verify(Tokens.at(NOW).kid("rsa-1").rs256(KEYS.rsa())));
        assertValid(verifier.verify(Tokens.at(NOW).kid("ec-1").es256(KEYS.ec())));
    }

    @Test
    void aTokenWithoutKidUsesTheOnlyKeyOfItsKind() {
        JwtVerifier verifier = both();
        assertValid(verifier.verify(Tokens.at(NOW).rs256(KEYS.rsa())));
        assertValid(verifier.verify(Tokens.at(NOW).es256(KEYS.ec())));
    }

    @Test
    void aTokenWithoutKidIsRefusedWhenSeveralKeysOfItsKindCouldBeMeant() {
        RSAKey second = SigningKeys.rsa("rsa-2");
        JwtVerifier verifier = verifier(null, KEYS.writeJwks(dir, second));
        assertRefused(TokenProblem.UNKNOWN_KEY, verifier.verify(Tokens.at(NOW).rs256(second)));
        assertValid(verifier.verify(Tokens.at(NOW).kid("rsa-2").rs256(second)));
        assertValid(verifier.verify(Tokens.at(NOW).es256(KEYS.ec())));
    }

    @Test
    void refusesAnUnknownKid() {
        assertRefused(
                TokenProblem.UNKNOWN_KEY,
                both().verify(Tokens.at(NOW).kid("rsa-9").rs256(KEYS.rsa())));
    }

    @Test
    void refusesAKidWhoseKeyIsOfAnotherKind() {
        assertRefused(
                TokenProblem.ALGORITHM_REFUSED,
                both().verify(Tokens.at(NOW).kid("ec-1").rs256(KEYS.rsa())));
        assertRefused(
                TokenProblem.ALGORITHM_REFUSED,
                both().verify(Tokens.at(NOW).kid("rsa-1").es256(KEYS.ec())));
    }

    @Test
    void refusesASignatureByAnotherKey() {
        JwtVerifier verifier = both();
        assertRefused(
                TokenProblem.BAD_SIGNATURE,
                verifier.verify(Tokens.at(NOW).hs256("another-secret-of-more-than-32-bytes-xyz")));
        assertRefused(
                TokenProblem.BAD_SIGNATURE,
                verifier.verify(Tokens.at(NOW).kid("rsa-1").rs256(SigningKeys.rsa("rsa-1"))));
        assertRefused(
                TokenProblem.BAD_SIGNATURE,
                verifier.verify(Tokens.at(NOW).kid("ec-1").es256(SigningKeys.ec("ec-1"))));
    }

    @Test
    void refusesAChangedPayload() {
        String token = Tokens.at(NOW).sub("bob").hs256(SigningKeys.SECRET);
        String[] parts = token.split("\\.");
        String forged = parts[0] + "."
                + Tokens.at(NOW).sub("alice").hs256(SigningKeys.SECRET).split("\\.")[1] + "." + parts[2];
        assertRefused(TokenProblem.BAD_SIGNATURE, both().verify(forged));
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "None", "NONE", "nOnE"})
    void refusesAlgNone(String alg) {
        assertRefused(
                TokenProblem.ALGORITHM_REFUSED, both().verify(Tokens.at(NOW).unsigned(alg)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HS384", "HS512", "RS384", "RS512", "PS256", "ES384", "ES256K", "EdDSA", "hs256", ""})
    void refusesOtherAlgorithms(String alg) {
        String token = Tokens.at(NOW).unsigned(alg) + Tokens.encode("not-a-signature");
        assertRefused(TokenProblem.ALGORITHM_REFUSED, both().verify(token));
    }

    @Test
    void refusesAnHs256TokenSignedWithThePublicKeyAsSecret() throws Exception {
        byte[] publicKeyBytes = KEYS.rsa().toRSAPublicKey().getEncoded();
        String confused = Tokens.at(NOW).kid("rsa-1").hs256(publicKeyBytes);
        assertRefused(
                TokenProblem.ALGORITHM_REFUSED,
                verifier(null, KEYS.writeJwks(dir)).verify(confused));
        assertRefused(TokenProblem.BAD_SIGNATURE, both().verify(confused));
    }

    @Test
    void refusesKindsOfTokenWithNoKeyConfigured() {
        assertRefused(
                TokenProblem.ALGORITHM_REFUSED,
                verifier(SigningKeys.SECRET, null)
                        .verify(Tokens.at(NOW).kid("rsa-1").rs256(KEYS.rsa())));
        assertRefused(
                TokenProblem.ALGORITHM_REFUSED,
                verifier(null, KEYS.writeJwks(dir)).verify(Tokens.at(NOW).hs256(SigningKeys.SECRET)));
    }
}
