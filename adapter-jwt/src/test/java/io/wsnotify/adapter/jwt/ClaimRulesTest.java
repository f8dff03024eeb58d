package io.wsnotify.adapter.jwt;

import static io.wsnotify.adapter.jwt.Verdicts.assertRefused;
import static io.wsnotify.adapter.jwt.Verdicts.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wsnotify.adapter.jwt.testing.SigningKeys;
import io.wsnotify.adapter.jwt.testing.Tokens;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.Scope;
import io.wsnotify.domain.TokenClaims;
import io.wsnotify.domain.TokenProblem;
import io.wsnotify.domain.Topic;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The claims of a genuine token (DESIGN §6): times with 30 s of skew, iss, aud, sub, scope, topics. */
class ClaimRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final String SECRET = SigningKeys.SECRET;

    private final JwtVerifier plain = verifier(null, null);
    private final JwtVerifier checked = verifier("https://issuer.example", "notify");

    private static JwtVerifier verifier(String issuer, String audience) {
        return JwtVerifier.create(new JwtSettings(SECRET, null, issuer, audience), InstantSource.fixed(NOW));
    }

    private static Tokens token() {
        return Tokens.at(NOW);
    }

    @Test
    void expIsRequired() {
        assertRefused(
                TokenProblem.MISSING_CLAIM,
                plain.verify(token().claim("exp", null).hs256(SECRET)));
    }

    @Test
    void expiryAllowsThirtySecondsOfSkew() {
        assertValid(plain.verify(
                token().secondsFromNow("exp", -29).secondsFromNow("iat", -60).hs256(SECRET)));
        assertRefused(
                TokenProblem.EXPIRED,
                plain.verify(token().secondsFromNow("exp", -31).hs256(SECRET)));
    }

    @Test
    void notBeforeAllowsThirtySecondsOfSkew() {
        assertValid(plain.verify(token().secondsFromNow("nbf", 29).hs256(SECRET)));
        assertRefused(
                TokenProblem.NOT_YET_VALID,
                plain.verify(token().secondsFromNow("nbf", 31).hs256(SECRET)));
    }

    @Test
    void issuedAtInTheFutureAllowsThirtySecondsOfSkew() {
        assertValid(plain.verify(token().secondsFromNow("iat", 29).hs256(SECRET)));
        assertRefused(
                TokenProblem.NOT_YET_VALID,
                plain.verify(token().secondsFromNow("iat", 31).hs256(SECRET)));
        assertValid(plain.verify(token().claim("iat", null).hs256(SECRET)));
    }

    @Test
    void aTimeClaimOfTheWrongTypeIsInvalid() {
        assertRefused(
                TokenProblem.INVALID_CLAIM,
                plain.verify(token().claim("exp", "tomorrow").hs256(SECRET)));
    }

    @Test
    void theIssuerIsCheckedWhenConfigured() {
        assertValid(checked.verify(token().claim("iss", "https://issuer.example")
                .claim("aud", "notify")
                .hs256(SECRET)));
        assertRefused(
                TokenProblem.WRONG_ISSUER,
                checked.verify(token().claim("iss", "https://evil.example")
                        .claim("aud", "notify")
                        .hs256(SECRET)));
        assertRefused(
                TokenProblem.WRONG_ISSUER,
                checked.verify(token().claim("aud", "notify").hs256(SECRET)));
        assertValid(plain.verify(token().claim("iss", "https://anyone.example").hs256(SECRET)));
    }

    @Test
    void theAudienceIsCheckedWhenConfigured() {
        Tokens issued = token().claim("iss", "https://issuer.example");
        assertValid(
                checked.verify(issued.claim("aud", List.of("other", "notify")).hs256(SECRET)));
        assertRefused(
                TokenProblem.WRONG_AUDIENCE,
                checked.verify(issued.claim("aud", "other").hs256(SECRET)));
        assertRefused(
                TokenProblem.WRONG_AUDIENCE,
                checked.verify(issued.claim("aud", null).hs256(SECRET)));
        assertValid(plain.verify(token().claim("aud", "whatever").hs256(SECRET)));
    }

    @Test
    void theSubjectIsRequiredAndMustBeAClientId() {
        assertRefused(
                TokenProblem.MISSING_CLAIM,
                plain.verify(token().claim("sub", null).hs256(SECRET)));
        assertRefused(
                TokenProblem.INVALID_CLAIM,
                plain.verify(token().sub("alice smith").hs256(SECRET)));
        assertRefused(
                TokenProblem.INVALID_CLAIM,
                plain.verify(token().sub("x".repeat(65)).hs256(SECRET)));
        assertRefused(
                TokenProblem.INVALID_CLAIM,
                plain.verify(token().claim("sub", List.of("alice")).hs256(SECRET)));
        assertEquals(new ClientId("42"), claims(token().claim("sub", 42)).subject(), "a numeric id reads as its text");
    }

    @Test
    void scopeIsASpaceSeparatedStringOfWhichOtherWordsAreIgnored() {
        assertEquals(
                Set.of(Scope.SUBSCRIBE, Scope.PUBLISH),
                claims(token().scope("subscribe publish")).scopes());
        assertEquals(
                Set.of(Scope.PUBLISH),
                claims(token().scope("openid publish profile")).scopes());
        assertEquals(Set.of(), claims(token().scope(null)).scopes());
        assertRefused(
                TokenProblem.INVALID_CLAIM,
                plain.verify(token().claim("scope", List.of("publish")).hs256(SECRET)));
    }

    @Test
    void topicsIsANonEmptyArrayOfTopics() {
        TokenClaims claims = claims(token().sub("bob").topics("tasks", "devices"));
        assertEquals(new ClientId("bob"), claims.subject());
        assertEquals(Set.of(Topic.TASKS, Topic.DEVICES), claims.topics());
        assertEquals(Set.of(), claims(token()).topics());
        assertRefused(TokenProblem.INVALID_CLAIM, plain.verify(token().topics().hs256(SECRET)));
        assertRefused(
                TokenProblem.INVALID_CLAIM,
                plain.verify(token().topics("Tasks!").hs256(SECRET)));
        assertRefused(
                TokenProblem.INVALID_CLAIM,
                plain.verify(token().claim("topics", "tasks").hs256(SECRET)));
        assertRefused(
                TokenProblem.INVALID_CLAIM,
                plain.verify(token().claim("topics", List.of(1)).hs256(SECRET)));
        assertRefused(
                TokenProblem.INVALID_CLAIM,
                plain.verify(token().claim("topics", Map.of("a", "b")).hs256(SECRET)));
    }

    private TokenClaims claims(Tokens tokens) {
        return assertValid(plain.verify(tokens.hs256(SECRET)));
    }
}
