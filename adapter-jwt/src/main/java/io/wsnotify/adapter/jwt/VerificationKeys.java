package io.wsnotify.adapter.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import io.wsnotify.domain.TokenProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The keys tokens are checked with, and which one checks a given token: HS256 only with the
 * configured secret (so a token "signed" with a public key as HMAC secret is refused), RS256 and
 * ES256 only with a JWKS key of that kind, chosen by {@code kid}, or the only key of that kind
 * when the token has no {@code kid}.
 */
final class VerificationKeys {
    static final String SECRET_SETTING = "secret";
    static final int MIN_SECRET_BYTES = 32;

    private final JWSVerifier hmac;
    private final List<PublicKeyEntry> publicKeys;

    private VerificationKeys(JWSVerifier hmac, List<PublicKeyEntry> publicKeys) {
        this.hmac = hmac;
        this.publicKeys = publicKeys;
    }

    static VerificationKeys load(JwtSettings settings) {
        JWSVerifier hmac = settings.secret() == null ? null : hmacVerifier(settings.secret());
        List<PublicKeyEntry> keys = settings.jwksFile() == null ? List.of() : JwksFile.load(settings.jwksFile());
        return new VerificationKeys(hmac, keys);
    }

    /** The HS256 secret as bytes, refused when shorter than 32 bytes (RFC 7518 §3.2). */
    static byte[] secretBytes(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new JwtSetupException(
                    SECRET_SETTING,
                    "must be at least " + MIN_SECRET_BYTES + " bytes (256 bits) for HS256; it has " + bytes.length);
        }
        return bytes;
    }

    JWSVerifier verifierFor(JWSAlgorithm algorithm, String keyId) throws Refusal {
        if (JWSAlgorithm.HS256.equals(algorithm)) {
            if (hmac == null) {
                throw new Refusal(TokenProblem.ALGORITHM_REFUSED);
            }
            return hmac;
        }
        if (publicKeys.isEmpty()) {
            throw new Refusal(TokenProblem.ALGORITHM_REFUSED);
        }
        if (keyId != null) {
            PublicKeyEntry key = publicKeys.stream()
                    .filter(entry -> keyId.equals(entry.keyId()))
                    .findFirst()
                    .orElseThrow(() -> new Refusal(TokenProblem.UNKNOWN_KEY));
            if (!key.algorithm().equals(algorithm)) {
                throw new Refusal(TokenProblem.ALGORITHM_REFUSED);
            }
            return key.verifier();
        }
        List<PublicKeyEntry> fitting = publicKeys.stream()
                .filter(entry -> entry.algorithm().equals(algorithm))
                .toList();
        if (fitting.size() != 1) {
            throw new Refusal(TokenProblem.UNKNOWN_KEY);
        }
        return fitting.getFirst().verifier();
    }

    /** What is configured, without any key material: "HS256 secret; JWKS: 1 RS256 key, 1 ES256 key". */
    String describe() {
        StringBuilder text = new StringBuilder();
        if (hmac != null) {
            text.append("HS256 secret");
        }
        if (!publicKeys.isEmpty()) {
            long rsa = publicKeys.stream()
                    .filter(key -> key.algorithm().equals(JWSAlgorithm.RS256))
                    .count();
            text.append(text.isEmpty() ? "" : "; ")
                    .append("JWKS file: ")
                    .append(rsa)
                    .append(" RS256 key(s), ")
                    .append(publicKeys.size() - rsa)
                    .append(" ES256 key(s)");
        }
        return text.toString();
    }

    private static JWSVerifier hmacVerifier(String secret) {
        try {
            return new MACVerifier(secretBytes(secret));
        } catch (JOSEException e) {
            throw new JwtSetupException(SECRET_SETTING, "cannot be used for HS256 (" + e.getMessage() + ")");
        }
    }
}
