package io.wsnotify.adapter.jwt;

import java.nio.file.Path;

/**
 * Where signed tokens are checked against (DESIGN §6, §7 {@code notify.security.jwt.*}); every part
 * may be null. Signed tokens are on when a secret or a JWKS file is given.
 *
 * @param secret   the HS256 secret, at least 32 bytes in UTF-8
 * @param jwksFile a JWKS file of public keys: RSA (RS256) and EC P-256 (ES256)
 * @param issuer   when set, the {@code iss} every token must have
 * @param audience when set, an {@code aud} every token must name
 */
public record JwtSettings(String secret, Path jwksFile, String issuer, String audience) {

    public static JwtSettings off() {
        return new JwtSettings(null, null, null, null);
    }

    public boolean isOn() {
        return secret != null || jwksFile != null;
    }

    @Override
    public String toString() {
        return "JwtSettings[secret=" + (secret == null ? "none" : "set") + ", jwksFile=" + jwksFile + ", issuer="
                + issuer + ", audience=" + audience + "]";
    }
}
