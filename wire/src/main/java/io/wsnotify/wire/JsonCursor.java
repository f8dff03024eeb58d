package io.wsnotify.wire;

/**
 * The position of {@link JsonReader} in a document, and the compact text it builds: every token
 * is copied to {@link #compact} as it is read, whitespace between tokens is not.
 */
final class JsonCursor {
    private final String input;
    private final StringBuilder compact;
    private int position;

    JsonCursor(String input) {
        this.input = input;
        this.compact = new StringBuilder(input.length());
    }

    /** Skips the whitespace RFC 8259 allows between tokens: space, tab, line feed, carriage return. */
    void skipWhitespace() {
        while (position < input.length()) {
            char c = input.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    boolean atEnd() {
        return position >= input.length();
    }

    /** The character at the position; fails at the end of the document. */
    char peek() {
        if (atEnd()) {
            throw error("unexpected end of the document");
        }
        return input.charAt(position);
    }

    /** The character at the position, which the token is made of. */
    char take() {
        char c = peek();
        position++;
        return c;
    }

    /** Takes {@code expected} or fails naming what was found instead. */
    void expect(char expected) {
        char c = peek();
        if (c != expected) {
            throw unexpected(c, "'" + expected + "'");
        }
        position++;
        compact.append(c);
    }

    int position() {
        return position;
    }

    /** The value of the decimal digit at {@code index} of the document. */
    int digitAt(int index) {
        return input.charAt(index) - '0';
    }

    /** Copies the token text from {@code start} up to the position into the compact text. */
    String copyToken(int start) {
        String token = input.substring(start, position);
        compact.append(token);
        return token;
    }

    StringBuilder compact() {
        return compact;
    }

    MalformedJsonException error(String problem) {
        return new MalformedJsonException(problem, position);
    }

    MalformedJsonException unexpected(char found, String expected) {
        return error("unexpected " + describe(found) + " where " + expected + " was expected");
    }

    static String describe(char c) {
        if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
            return String.format("character U+%04X", (int) c);
        }
        return "character '" + c + "'";
    }
}
