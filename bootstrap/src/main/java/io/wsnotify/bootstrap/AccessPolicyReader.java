package io.wsnotify.bootstrap;

import io.wsnotify.application.AccessPolicy;

/** Reads the optional bearer tokens {@code notify.security.publish-token} and {@code subscribe-token}. */
final class AccessPolicyReader {
    private AccessPolicyReader() {
    }

    static AccessPolicy read(ConfigReader config) {
        return new AccessPolicy(config.optionalString("notify.security.publish-token").orElse(null),
                config.optionalString("notify.security.subscribe-token").orElse(null));
    }
}
