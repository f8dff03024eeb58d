package io.wsnotify.adapter.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.wsnotify.domain.Scope;
import io.wsnotify.domain.TokenClaims;
import io.wsnotify.domain.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.stream.Collectors;

/**
 * Mints HS256 tokens with the configured secret, for local use and tests (the {@code token}
 * command, like Centrifugo's {@code gentoken}). A token carries {@code sub}, {@code scope},
 * {@code topics} (when limited), {@code iat}, {@code exp}, and {@code iss}/{@code aud} when given.
 */
public final class HmacTokenMinter {
    private final MACSigner signer;

    /** @throws JwtSetupException when {@code secret} is shorter than 32 bytes */
    public HmacTokenMinter(String secret) {
        try {
            this.signer = new MACSigner(VerificationKeys.secretBytes(secret));
        } catch (JOSEException e) {
            throw new JwtSetupException(
                    VerificationKeys.SECRET_SETTING, "cannot be used for HS256 (" + e.getMessage() + ")");
        }
    }

    /**
     * A compact token for {@code claims}, issued at {@code now} and valid for {@code ttl}.
     *
     * @param issuer   the {@code iss}, or null for none
     * @param audience the {@code aud}, or null for none
     */
    public String mint(TokenClaims claims, Instant now, Duration ttl, String issuer, String audience) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .subject(claims.subject().value())
                .claim(
                        "scope",
                        claims.scopes().stream().sorted().map(Scope::wireName).collect(Collectors.joining(" ")))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)));
        if (claims.limitsTopics()) {
            builder.claim(
                    "topics",
                    claims.topics().stream().map(Topic::value).sorted().toList());
        }
        if (issuer != null) {
            builder.issuer(issuer);
        }
        if (audience != null) {
            builder.audience(audience);
        }
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .type(JOSEObjectType.JWT)
                        .build(),
                builder.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("HS256 signing failed", e);
        }
        return jwt.serialize();
    }
}
