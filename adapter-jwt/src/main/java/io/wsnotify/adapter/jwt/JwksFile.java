package io.wsnotify.adapter.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the public keys of a JWKS file (RFC 7517) at start: RSA keys (RS256, at least 2048 bits)
 * and EC P-256 keys (ES256) meant for signatures. Keys of other kinds are passed over, so an
 * identity provider's published set can be used as it is; a file with none usable is refused.
 */
final class JwksFile {
    static final String SETTING = "jwks-file";
    private static final int MIN_RSA_BITS = 2048;

    private JwksFile() {}

    static List<PublicKeyEntry> load(Path file) {
        JWKSet set;
        try {
            set = JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new JwtSetupException(
                    SETTING, "cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
        } catch (ParseException e) {
            throw new JwtSetupException(SETTING, file + " is not a JWKS document (" + e.getMessage() + ")");
        }
        List<PublicKeyEntry> keys = new ArrayList<>();
        Set<String> keyIds = new HashSet<>();
        for (JWK jwk : set.getKeys()) {
            PublicKeyEntry entry = usable(jwk, file);
            if (entry == null) {
                continue;
            }
            if (entry.keyId() != null && !keyIds.add(entry.keyId())) {
                throw new JwtSetupException(SETTING, file + " has two keys with kid '" + entry.keyId() + "'");
            }
            keys.add(entry);
        }
        if (keys.isEmpty()) {
            throw new JwtSetupException(
                    SETTING,
                    file + " holds no usable key: an RSA key (RS256) or an EC P-256 key" + " (ES256) for signatures");
        }
        return List.copyOf(keys);
    }

    /** The entry for {@code jwk}, or null when it is not a signature key of ours. */
    private static PublicKeyEntry usable(JWK jwk, Path file) {
        if (jwk.getKeyUse() != null && !KeyUse.SIGNATURE.equals(jwk.getKeyUse())) {
            return null;
        }
        try {
            if (jwk instanceof RSAKey rsa && fits(jwk, JWSAlgorithm.RS256)) {
                if (rsa.size() < MIN_RSA_BITS) {
                    throw new JwtSetupException(
                            SETTING,
                            file + ": RSA key '" + jwk.getKeyID() + "' has " + rsa.size() + " bits; at least "
                                    + MIN_RSA_BITS + " are needed");
                }
                return new PublicKeyEntry(JWSAlgorithm.RS256, jwk.getKeyID(), new RSASSAVerifier(rsa.toRSAPublicKey()));
            }
            if (jwk instanceof ECKey ec && Curve.P_256.equals(ec.getCurve()) && fits(jwk, JWSAlgorithm.ES256)) {
                return new PublicKeyEntry(JWSAlgorithm.ES256, jwk.getKeyID(), new ECDSAVerifier(ec.toECPublicKey()));
            }
            return null;
        } catch (JOSEException e) {
            throw new JwtSetupException(
                    SETTING, file + ": key '" + jwk.getKeyID() + "' cannot be used (" + e.getMessage() + ")");
        }
    }

    /** Whether the key's own {@code alg}, if it has one, is {@code algorithm}. */
    private static boolean fits(JWK jwk, JWSAlgorithm algorithm) {
        return jwk.getAlgorithm() == null || algorithm.equals(jwk.getAlgorithm());
    }
}
