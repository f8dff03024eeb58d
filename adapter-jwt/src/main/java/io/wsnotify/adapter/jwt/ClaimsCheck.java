package io.wsnotify.adapter.jwt;

import com.nimbusds.jwt.JWTClaimsSet;
import io.wsnotify.domain.TokenProblem;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Date;
import java.util.Map;

/**
 * The registered claims of a genuine token (DESIGN §6): {@code exp} required, {@code exp},
 * {@code nbf} and {@code iat} honoured with 30 s of clock skew, {@code iss} and {@code aud}
 * checked when configured.
 */
final class ClaimsCheck {
    static final Duration SKEW = Duration.ofSeconds(30);

    private final String issuer;
    private final String audience;
    private final InstantSource clock;

    /** {@code issuer} and {@code audience} may be null: then any (or none) is accepted. */
    ClaimsCheck(String issuer, String audience, InstantSource clock) {
        this.issuer = issuer;
        this.audience = audience;
        this.clock = clock;
    }

    /** The claims set, once its registered claims pass. */
    JWTClaimsSet check(Map<String, Object> members) throws Refusal {
        JWTClaimsSet claims;
        try {
            claims = JWTClaimsSet.parse(members);
        } catch (ParseException e) {
            throw new Refusal(TokenProblem.INVALID_CLAIM);
        }
        Instant now = clock.instant();
        Date expires = claims.getExpirationTime();
        if (expires == null) {
            throw new Refusal(TokenProblem.MISSING_CLAIM);
        }
        if (now.isAfter(expires.toInstant().plus(SKEW))) {
            throw new Refusal(TokenProblem.EXPIRED);
        }
        if (inFuture(claims.getNotBeforeTime(), now) || inFuture(claims.getIssueTime(), now)) {
            throw new Refusal(TokenProblem.NOT_YET_VALID);
        }
        if (issuer != null && !issuer.equals(claims.getIssuer())) {
            throw new Refusal(TokenProblem.WRONG_ISSUER);
        }
        if (audience != null
                && (claims.getAudience() == null || !claims.getAudience().contains(audience))) {
            throw new Refusal(TokenProblem.WRONG_AUDIENCE);
        }
        return claims;
    }

    private static boolean inFuture(Date time, Instant now) {
        return time != null && time.toInstant().isAfter(now.plus(SKEW));
    }
}
