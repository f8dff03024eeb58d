package io.wsnotify.adapter.jwt.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds real signed tokens for tests, valid by default (exp one hour after {@code now}), with any
 * claim or header changed or removed: {@code Tokens.at(now).sub("alice").scope("subscribe").hs256(secret)}.
 */
public final class Tokens {
    private final Map<String, Object> claims = new LinkedHashMap<>();
    private final Instant now;
    private String keyId;

    private Tokens(Instant now) {
        this.now = now;
        claims.put("sub", "alice");
        claims.put("scope", "subscribe");
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(3600).getEpochSecond());
    }

    public static Tokens at(Instant now) {
        return new Tokens(now);
    }

    public Tokens sub(String subject) {
        return claim("sub", subject);
    }

    public Tokens scope(String scope) {
        return claim("scope", scope);
    }

    public Tokens topics(String... topics) {
        return claim("topics", List.of(topics));
    }

    /** Sets {@code name} to {@code value}; a null value removes the claim. */
    public Tokens claim(String name, Object value) {
        if (value == null) {
            claims.remove(name);
        } else {
            claims.put(name, value);
        }
        return this;
    }

    /** Sets a time claim ({@code exp}, {@code nbf}, {@code iat}) to {@code seconds} after now (negative: before). */
    public Tokens secondsFromNow(String name, long seconds) {
        return claim(name, now.plusSeconds(seconds).getEpochSecond());
    }

    public Tokens kid(String value) {
        this.keyId = value;
        return this;
    }

    public String hs256(String secret) {
        return hs256(secret.getBytes(StandardCharsets.UTF_8));
    }

    public String hs256(byte[] secret) {
        try {
            return sign(JWSAlgorithm.HS256, new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String rs256(RSAKey key) {
        try {
            return sign(JWSAlgorithm.RS256, new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String es256(ECKey key) {
        try {
            return sign(JWSAlgorithm.ES256, new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsigned token with header {@code {"alg": alg}} and an empty signature, as {@code alg: none} attacks send. */
    public String unsigned(String alg) {
        return encode("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}") + "." + encode(payloadJson()) + ".";
    }

    /** Signs {@code payload} bytes as they are (not UTF-8, not JSON…) with HS256. */
    public static String hs256Raw(String secret, byte[] payload) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(payload));
            jws.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String encode(String text) {
        return encode(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String sign(JWSAlgorithm algorithm, JWSSigner signer) throws JOSEException {
        JWSHeader header = new JWSHeader.Builder(algorithm).keyID(keyId).build();
        JWSObject jws = new JWSObject(header, new Payload(payloadJson()));
        jws.sign(signer);
        return jws.serialize();
    }

    private String payloadJson() {
        return JSONObjectUtils.toJSONString(claims);
    }
}
