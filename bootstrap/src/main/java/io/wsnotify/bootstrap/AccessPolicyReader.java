package io.wsnotify.bootstrap;

import io.wsnotify.adapter.jwt.JwtSettings;
import io.wsnotify.adapter.jwt.JwtSetupException;
import io.wsnotify.adapter.jwt.JwtVerifier;
import io.wsnotify.application.AccessPolicy;
import java.nio.file.Path;
import java.time.InstantSource;

/**
 * Reads who may do what (DESIGN §6, §7): the static tokens {@code notify.security.publish-token}
 * and {@code subscribe-token}, and signed tokens under {@code notify.security.jwt}. A secret too
 * short or a JWKS file that cannot be used stops the start, naming its key.
 */
final class AccessPolicyReader {
    static final String JWT = "notify.security.jwt.";

    private AccessPolicyReader() {}

    static AccessSetup read(ConfigReader config) {
        JwtSettings jwt = jwtSettings(config);
        JwtVerifier verifier = null;
        if (jwt.isOn()) {
            try {
                verifier = JwtVerifier.create(jwt, InstantSource.system());
            } catch (JwtSetupException e) {
                throw new ConfigurationException(JWT + e.setting(), e.getMessage());
            }
        }
        AccessPolicy policy = new AccessPolicy(
                config.optionalString("notify.security.publish-token").orElse(null),
                config.optionalString("notify.security.subscribe-token").orElse(null),
                verifier);
        return new AccessSetup(policy, verifier == null ? "off" : summary(verifier, jwt));
    }

    /** The {@code notify.security.jwt.*} keys; empty ones are unset. */
    static JwtSettings jwtSettings(ConfigReader config) {
        return new JwtSettings(
                config.optionalString(JWT + "secret").orElse(null),
                config.optionalString(JWT + "jwks-file").map(Path::of).orElse(null),
                config.optionalString(JWT + "issuer").orElse(null),
                config.optionalString(JWT + "audience").orElse(null));
    }

    private static String summary(JwtVerifier verifier, JwtSettings jwt) {
        return verifier.describe()
                + (jwt.issuer() == null ? "" : "; issuer checked")
                + (jwt.audience() == null ? "" : "; audience checked");
    }

    /** The policy and a one-line account of its signed tokens ("off", or which keys and checks), holding no secret. */
    record AccessSetup(AccessPolicy policy, String signedTokens) {}
}
