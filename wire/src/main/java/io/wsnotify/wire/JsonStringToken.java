package io.wsnotify.wire;

/**
 * Reads a string token (RFC 8259 §7): the escapes {@code \" \\ \/ \b \f \n \r \t \\uXXXX}, no raw
 * control character, and only whole surrogate pairs: a {@code \\uD800}-style escape or a raw
 * surrogate that is not half of a pair is refused, so nothing downstream has to replace it
 * with {@code ?}.
 */
final class JsonStringToken {
    private JsonStringToken() {}

    static JsonString read(JsonCursor cursor) {
        int start = cursor.position();
        if (cursor.take() != '"') {
            throw cursor.error("a string must start with '\"'");
        }
        StringBuilder value = new StringBuilder();
        while (true) {
            char c = cursor.take();
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                escape(cursor, value);
            } else if (c < 0x20) {
                throw cursor.error("a raw control character " + JsonCursor.describe(c) + " in a string (escape it)");
            } else {
                value.append(c);
            }
        }
        checkSurrogates(value, cursor, start);
        return new JsonString(value.toString(), cursor.copyToken(start));
    }

    private static void escape(JsonCursor cursor, StringBuilder value) {
        char c = cursor.take();
        switch (c) {
            case '"', '\\', '/' -> value.append(c);
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'n' -> value.append('\n');
            case 'r' -> value.append('\r');
            case 't' -> value.append('\t');
            case 'u' -> value.append(hex(cursor));
            default ->
                throw cursor.error("an invalid escape sequence (a backslash before " + JsonCursor.describe(c) + ")");
        }
    }

    private static char hex(JsonCursor cursor) {
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(cursor.take(), 16);
            if (digit < 0) {
                throw cursor.error("a \\u escape needs four hex digits");
            }
            code = code * 16 + digit;
        }
        return (char) code;
    }

    /** Every high surrogate must be followed by a low one, and every low one preceded by a high one. */
    private static void checkSurrogates(CharSequence value, JsonCursor cursor, int start) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new MalformedJsonException(
                        String.format("a lone surrogate \\u%04X in the string", (int) c), start);
            }
        }
    }
}
