package io.wsnotify.adapter.jwt;

import static io.wsnotify.adapter.jwt.Verdicts.assertRefused;
import static io.wsnotify.adapter.jwt.Verdicts.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jwt.SignedJWT;
import io.wsnotify.adapter.jwt.testing.SigningKeys;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.Scope;
import io.wsnotify.domain.TokenClaims;
import io.wsnotify.domain.TokenProblem;
import io.wsnotify.domain.Topic;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Minted tokens pass the verifier with exactly the claims asked for, and expire when asked. */
class HmacTokenMinterTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void mintsATokenTheVerifierAcceptsWithExactlyTheClaimsAskedFor() throws Exception {
        TokenClaims asked = new TokenClaims(
                new ClientId("alice"), Set.of(Scope.SUBSCRIBE, Scope.PUBLISH), Set.of(Topic.TASKS, Topic.DEVICES));
        String token = new HmacTokenMinter(SigningKeys.SECRET).mint(asked, NOW, Duration.ofHours(1), "me", "notify");

        JwtVerifier verifier =
                JwtVerifier.create(new JwtSettings(SigningKeys.SECRET, null, "me", "notify"), InstantSource.fixed(NOW));
        assertEquals(asked, assertValid(verifier.verify(token)));
        var claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertEquals(
                Set.of("sub", "scope", "topics", "iat", "exp", "iss", "aud"),
                claims.getClaims().keySet());
        assertEquals("subscribe publish", claims.getStringClaim("scope"));
        assertEquals(List.of("devices", "tasks"), claims.getStringListClaim("topics"));
        assertEquals(NOW.plusSeconds(3600), claims.getExpirationTime().toInstant());
    }

    @Test
    void leavesOutWhatWasNotAskedFor() throws Exception {
        TokenClaims asked = new TokenClaims(new ClientId("bob"), Set.of(Scope.SUBSCRIBE), Set.of());
        String token = new HmacTokenMinter(SigningKeys.SECRET).mint(asked, NOW, Duration.ofMinutes(5), null, null);

        assertEquals(
                Set.of("sub", "scope", "iat", "exp"),
                SignedJWT.parse(token).getJWTClaimsSet().getClaims().keySet());
        JwtVerifier later = JwtVerifier.create(
                new JwtSettings(SigningKeys.SECRET, null, null, null),
                InstantSource.fixed(NOW.plus(Duration.ofMinutes(5)).plusSeconds(31)));
        assertRefused(TokenProblem.EXPIRED, later.verify(token));
    }
}
