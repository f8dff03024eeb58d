package io.wsnotify.bootstrap;

import io.wsnotify.application.AccessPolicy;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * Logs at start which kinds of token are on, and one clear warning when publishing and/or
 * subscribing needs no token. Never logs a token, a secret or a key.
 */
final class AccessWarnings {
    private static final System.Logger LOG = System.getLogger(AccessWarnings.class.getName());

    private AccessWarnings() {}

    static void log(AccessPolicy access, String signedTokens) {
        LOG.log(Level.INFO, summary(access, signedTokens));
        message(access).ifPresent(message -> LOG.log(Level.WARNING, message));
    }

    /** "Access: publish token on, subscribe token off, signed tokens (JWT) HS256 secret; issuer checked". */
    static String summary(AccessPolicy access, String signedTokens) {
        return "Access: publish token " + onOff(access.hasPublishToken()) + ", subscribe token "
                + onOff(access.hasSubscribeToken()) + ", signed tokens (JWT) " + signedTokens;
    }

    static Optional<String> message(AccessPolicy access) {
        boolean publishOpen = access.publishIsOpen();
        boolean subscribeOpen = access.subscribeIsOpen();
        if (publishOpen && subscribeOpen) {
            return Optional.of("Security is off: anyone who can reach this server may change tasks, devices"
                    + " and notifications and read every stream. Set NOTIFY_SECURITY_PUBLISH_TOKEN and"
                    + " NOTIFY_SECURITY_SUBSCRIBE_TOKEN (notify.security.publish-token, subscribe-token) to require"
                    + " bearer tokens, and NOTIFY_SECURITY_JWT_SECRET or NOTIFY_SECURITY_JWT_JWKS_FILE for signed"
                    + " tokens that name their client.");
        }
        if (publishOpen) {
            return Optional.of("Publishing is open: anyone who can reach this server may change tasks,"
                    + " devices and notifications. Set NOTIFY_SECURITY_PUBLISH_TOKEN (notify.security.publish-token)"
                    + " to require a bearer token.");
        }
        if (subscribeOpen) {
            return Optional.of("Subscribing is open: anyone who can reach this server may read tasks,"
                    + " devices and every stream. Set NOTIFY_SECURITY_SUBSCRIBE_TOKEN"
                    + " (notify.security.subscribe-token) to require a bearer token.");
        }
        return Optional.empty();
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }
}
