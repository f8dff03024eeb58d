package io.wsnotify.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may publish and who may subscribe: optional bearer tokens, compared in constant time.
 * An unset (null or blank) token leaves that side open. The publish token also grants reads.
 */
public final class AccessPolicy {
    private final byte[] publishToken;
    private final byte[] subscribeToken;

    public AccessPolicy(String publishToken, String subscribeToken) {
        this.publishToken = bytesOrNull(publishToken);
        this.subscribeToken = bytesOrNull(subscribeToken);
    }

    public static AccessPolicy open() {
        return new AccessPolicy(null, null);
    }

    public boolean publishIsOpen() {
        return publishToken == null;
    }

    public boolean subscribeIsOpen() {
        return subscribeToken == null;
    }

    /** Whether {@code presented} (may be null) allows changes: POST, PUT, DELETE, /notify. */
    public boolean mayPublish(String presented) {
        return publishToken == null || matches(publishToken, presented);
    }

    /** Whether {@code presented} (may be null) allows reads, /ws and /events. */
    public boolean maySubscribe(String presented) {
        return subscribeToken == null || matches(subscribeToken, presented)
                || (publishToken != null && matches(publishToken, presented));
    }

    /**
     * The token a request presents: the {@code Authorization: Bearer} value if there is one,
     * else the {@code token} query parameter (browsers cannot set headers on WebSockets), else null.
     */
    public static String presentedToken(String authorizationHeader, String queryToken) {
        if (authorizationHeader != null) {
            String value = authorizationHeader.strip();
            if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return value.substring(7).strip();
            }
        }
        return queryToken;
    }

    private static boolean matches(byte[] expected, String presented) {
        byte[] given = presented == null ? new byte[0] : presented.getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given);
    }

    private static byte[] bytesOrNull(String token) {
        return token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "AccessPolicy[publish=" + (publishIsOpen() ? "open" : "token") + ", subscribe="
                + (subscribeIsOpen() ? "open" : "token") + "]";
    }
}
