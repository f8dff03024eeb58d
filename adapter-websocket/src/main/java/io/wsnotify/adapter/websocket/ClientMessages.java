package io.wsnotify.adapter.websocket;

/**
 * What a client may say over the socket: only {@code {"op":"ping"}} (any JSON whitespace around
 * the tokens) means something, and is answered with {@link #PONG}. Everything else is ignored.
 * Recognised without allocating.
 */
final class ClientMessages {
    /** The answer to an application-level ping. */
    static final String PONG = "{\"op\":\"pong\"}";

    private static final String[] PING_TOKENS = {"{", "\"op\"", ":", "\"ping\"", "}"};

    private ClientMessages() {}

    /** Whether {@code text} is exactly the ping message, whitespace aside. */
    static boolean isPing(String text) {
        int at = 0;
        for (String token : PING_TOKENS) {
            at = skipWhitespace(text, at);
            if (!text.startsWith(token, at)) {
                return false;
            }
            at += token.length();
        }
        return skipWhitespace(text, at) == text.length();
    }

    private static int skipWhitespace(String text, int from) {
        int at = from;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                break;
            }
            at++;
        }
        return at;
    }
}
