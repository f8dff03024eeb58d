package io.wsnotify.adapter.jwt.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Keys made fresh for a test: an HS256 secret, an RSA key pair ({@code kid} "rsa-1") and an EC
 * P-256 key pair ({@code kid} "ec-1"), and a JWKS file of their public halves.
 */
public final class SigningKeys {
    public static final String SECRET = "test-secret-of-more-than-32-bytes-0123456789";

    private final RSAKey rsa;
    private final ECKey ec;

    private SigningKeys(RSAKey rsa, ECKey ec) {
        this.rsa = rsa;
        this.ec = ec;
    }

    public static SigningKeys generate() {
        return new SigningKeys(rsa("rsa-1"), ec("ec-1"));
    }

    public static RSAKey rsa(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ECKey ec(String keyId) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public RSAKey rsa() {
        return rsa;
    }

    public ECKey ec() {
        return ec;
    }

    /** Writes a JWKS file of the public halves of the RSA and EC keys (and any {@code more}) into {@code dir}. */
    public Path writeJwks(Path dir, JWK... more) {
        List<JWK> keys = new ArrayList<>(List.of(rsa.toPublicJWK(), ec.toPublicJWK()));
        Arrays.stream(more).map(JWK::toPublicJWK).forEach(keys::add);
        return write(dir.resolve("jwks.json"), new JWKSet(keys).toString());
    }

    public static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
