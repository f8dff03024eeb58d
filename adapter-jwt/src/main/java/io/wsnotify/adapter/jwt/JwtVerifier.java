package io.wsnotify.adapter.jwt;

import io.wsnotify.domain.TokenProblem;
import io.wsnotify.domain.TokenVerdict;
import io.wsnotify.domain.port.TokenVerifier;
import java.time.InstantSource;
import java.util.Objects;

/**
 * Driven adapter for {@link TokenVerifier}: checks JWTs with nimbus-jose-jwt (DESIGN §6). In order:
 * at most 8 KiB, a compact JWS with an accepted {@code alg} (HS256, RS256, ES256; never
 * {@code none}), the key for it, the signature, then the claims ({@link ClaimsCheck},
 * {@link BearerClaims}). Any failure is a refused verdict naming the reason; nothing is thrown
 * and nothing of the token is logged.
 */
public final class JwtVerifier implements TokenVerifier {
    private final VerificationKeys keys;
    private final ClaimsCheck claims;

    private JwtVerifier(VerificationKeys keys, ClaimsCheck claims) {
        this.keys = keys;
        this.claims = claims;
    }

    /**
     * A verifier for {@code settings}, which must turn signed tokens on.
     *
     * @throws JwtSetupException when the secret is too short or the JWKS file unusable
     */
    public static JwtVerifier create(JwtSettings settings, InstantSource clock) {
        if (!settings.isOn()) {
            throw new IllegalArgumentException("signed tokens need a secret or a JWKS file");
        }
        return new JwtVerifier(
                VerificationKeys.load(settings),
                new ClaimsCheck(settings.issuer(), settings.audience(), Objects.requireNonNull(clock, "clock")));
    }

    @Override
    public TokenVerdict verify(String token) {
        try {
            CompactJws jws = CompactJws.parse(token);
            jws.verify(keys.verifierFor(jws.algorithm(), jws.keyId()));
            return new TokenVerdict.Valid(BearerClaims.read(claims.check(jws.claims())));
        } catch (Refusal refusal) {
            return new TokenVerdict.Refused(refusal.problem());
        } catch (RuntimeException unexpected) {
            // A library surprise on hostile input is still only a bad token: refused, never a 5xx.
            return new TokenVerdict.Refused(TokenProblem.MALFORMED);
        }
    }

    /** Which keys and checks are on, without any key material (for the startup log). */
    public String describe() {
        return keys.describe();
    }
}
