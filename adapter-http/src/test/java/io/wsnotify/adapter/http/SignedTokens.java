package io.wsnotify.adapter.http;

import io.wsnotify.adapter.jwt.JwtSettings;
import io.wsnotify.adapter.jwt.JwtVerifier;
import io.wsnotify.adapter.jwt.testing.SigningKeys;
import io.wsnotify.adapter.jwt.testing.Tokens;
import io.wsnotify.application.AccessPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Keys made for one test class (HS256 secret, RSA and EC P-256 in a JWKS file), the real verifier
 * over them with an issuer and audience to check, and tokens that pass it unless changed.
 */
final class SignedTokens {
    static final String ISSUER = "https://issuer.example";
    static final String AUDIENCE = "websockets-notify";

    final SigningKeys keys = SigningKeys.generate();
    private final Path jwks;

    SignedTokens() {
        try {
            Path dir = Files.createTempDirectory("jwks");
            dir.toFile().deleteOnExit();
            jwks = keys.writeJwks(dir);
            jwks.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The policy a server runs with: these keys, plus the static tokens given (null for none). */
    AccessPolicy policy(String publishToken, String subscribeToken) {
        JwtVerifier verifier =
                JwtVerifier.create(new JwtSettings(SigningKeys.SECRET, jwks, ISSUER, AUDIENCE), InstantSource.system());
        return new AccessPolicy(publishToken, subscribeToken, verifier);
    }

    /** A token for {@code subject} with {@code scope}, valid now for an hour; sign it with one of the methods below. */
    Tokens token(String subject, String scope) {
        return Tokens.at(Instant.now())
                .sub(subject)
                .scope(scope)
                .claim("iss", ISSUER)
                .claim("aud", AUDIENCE);
    }

    String hs256(String subject, String scope) {
        return token(subject, scope).hs256(SigningKeys.SECRET);
    }

    String hs256(Tokens token) {
        return token.hs256(SigningKeys.SECRET);
    }

    String rs256(Tokens token) {
        return token.kid("rsa-1").rs256(keys.rsa());
    }

    String es256(Tokens token) {
        return token.kid("ec-1").es256(keys.ec());
    }
}
