package io.wsnotify.wire;

/**
 * Reads a number token (RFC 8259 §6): {@code -? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?},
 * at most {@link JsonReader#MAX_NUMBER_LENGTH} characters, with an exponent of at most
 * {@link JsonReader#MAX_EXPONENT} either way. The text is kept as written.
 */
final class JsonNumberToken {
    private JsonNumberToken() {}

    static JsonNumber read(JsonCursor cursor) {
        int start = cursor.position();
        optional(cursor, '-');
        if (!cursor.atEnd() && cursor.peek() == '0') {
            cursor.take();
        } else {
            digits(cursor, "an integer part");
        }
        if (optional(cursor, '.')) {
            digits(cursor, "digits after the decimal point");
        }
        if (optional(cursor, 'e') || optional(cursor, 'E')) {
            if (!optional(cursor, '+')) {
                optional(cursor, '-');
            }
            int exponentStart = cursor.position();
            digits(cursor, "an exponent");
            checkExponent(cursor, exponentStart);
        }
        if (cursor.position() - start > JsonReader.MAX_NUMBER_LENGTH) {
            throw new MalformedJsonException(
                    "a number longer than " + JsonReader.MAX_NUMBER_LENGTH + " characters", start);
        }
        return new JsonNumber(cursor.copyToken(start));
    }

    private static boolean optional(JsonCursor cursor, char c) {
        if (!cursor.atEnd() && cursor.peek() == c) {
            cursor.take();
            return true;
        }
        return false;
    }

    private static void digits(JsonCursor cursor, String what) {
        if (cursor.atEnd() || !isDigit(cursor.peek())) {
            throw cursor.atEnd()
                    ? cursor.error("a number ends without " + what)
                    : cursor.unexpected(cursor.peek(), what);
        }
        while (!cursor.atEnd() && isDigit(cursor.peek())) {
            cursor.take();
        }
    }

    private static void checkExponent(JsonCursor cursor, int exponentStart) {
        long exponent = 0;
        for (int i = exponentStart; i < cursor.position(); i++) {
            exponent = exponent * 10 + cursor.digitAt(i);
            if (exponent > JsonReader.MAX_EXPONENT) {
                throw new MalformedJsonException(
                        "a number with an exponent beyond " + JsonReader.MAX_EXPONENT, exponentStart);
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
