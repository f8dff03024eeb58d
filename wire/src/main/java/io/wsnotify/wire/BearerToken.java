package io.wsnotify.wire;

/**
 * Reads the bearer token a request presents (DESIGN §6), the same way on every transport: the
 * {@code Authorization: Bearer <token>} header when it carries one, else the {@code token} query
 * parameter (browsers cannot set headers on a WebSocket or an EventSource). An empty token counts
 * as none, so the client is asked for one rather than told it is wrong.
 */
public final class BearerToken {
    private static final String SCHEME = "Bearer";

    private BearerToken() {}

    /**
     * The token presented, or null for none.
     *
     * @param authorizationHeader the {@code Authorization} header value, or null
     * @param queryToken          the {@code token} query parameter, or null
     */
    public static String presented(String authorizationHeader, String queryToken) {
        String fromHeader = fromHeader(authorizationHeader);
        if (fromHeader != null) {
            return fromHeader;
        }
        return queryToken == null || queryToken.isEmpty() ? null : queryToken;
    }

    /** The token of a {@code Bearer} header (scheme in any case, then white space), or null. */
    private static String fromHeader(String header) {
        if (header == null) {
            return null;
        }
        String value = header.strip();
        if (value.length() <= SCHEME.length()
                || !value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || !Character.isWhitespace(value.charAt(SCHEME.length()))) {
            return null;
        }
        String token = value.substring(SCHEME.length()).strip();
        return token.isEmpty() ? null : token;
    }
}
