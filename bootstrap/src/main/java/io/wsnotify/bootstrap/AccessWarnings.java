package io.wsnotify.bootstrap;

import io.wsnotify.application.AccessPolicy;

import java.lang.System.Logger.Level;
import java.util.Optional;

/** Logs one clear warning at start when publishing and/or subscribing needs no token. Never logs a token. */
final class AccessWarnings {
    private static final System.Logger LOG = System.getLogger(AccessWarnings.class.getName());

    private AccessWarnings() {
    }

    static void log(AccessPolicy access) {
        message(access).ifPresent(message -> LOG.log(Level.WARNING, message));
    }

    static Optional<String> message(AccessPolicy access) {
        boolean publishOpen = access.publishIsOpen();
        boolean subscribeOpen = access.subscribeIsOpen();
        if (publishOpen && subscribeOpen) {
            return Optional.of("Security is off: anyone who can reach this server may change tasks, devices"
                    + " and notifications and read every stream. Set NOTIFY_SECURITY_PUBLISH_TOKEN and"
                    + " NOTIFY_SECURITY_SUBSCRIBE_TOKEN (notify.security.publish-token, subscribe-token) to require"
                    + " bearer tokens.");
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
}
