package io.wsnotify.client;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the top-level members of one JSON object (RFC 8259): strings, numbers ({@link Long}, or
 * {@link BigDecimal} when not a whole number that fits), booleans and null. Nested objects and
 * arrays are checked and stand as {@link #NESTED}. That is all the client needs of an envelope;
 * the whole text stays available to the caller, so no general JSON library is needed.
 */
final class FlatJson {
    /** Stands for a nested object or array. */
    static final Object NESTED = new Object();

    private static final int MAX_DEPTH = 256;

    private final JsonCursor cursor;

    private FlatJson(String text) {
        this.cursor = new JsonCursor(text);
    }

    /** The members of the object {@code text}; throws IllegalArgumentException when it is not one. */
    static Map<String, Object> parseObject(String text) {
        FlatJson json = new FlatJson(text);
        JsonCursor cursor = json.cursor;
        cursor.skipWhitespace();
        if (!cursor.peek('{')) {
            throw cursor.error("expected an object");
        }
        Map<String, Object> members = new HashMap<>();
        json.object(0, members);
        cursor.skipWhitespace();
        if (!cursor.atEnd()) {
            throw cursor.error("unexpected text after the object");
        }
        return members;
    }

    /** The member {@code name} when it is a string, else null. */
    static String string(Map<String, Object> members, String name) {
        Object value = members.get(name);
        return value instanceof String ? (String) value : null;
    }

    /** The member {@code name} when it is a whole number that fits a long, else {@code fallback}. */
    static long number(Map<String, Object> members, String name, long fallback) {
        Object value = members.get(name);
        return value instanceof Long ? (Long) value : fallback;
    }

    private void object(int depth, Map<String, Object> members) {
        cursor.expect('{');
        cursor.skipWhitespace();
        if (cursor.consume('}')) {
            return;
        }
        do {
            cursor.skipWhitespace();
            String name = cursor.string();
            cursor.skipWhitespace();
            cursor.expect(':');
            Object value = value(depth + 1);
            if (members != null) {
                members.put(name, value);
            }
            cursor.skipWhitespace();
        } while (cursor.consume(','));
        cursor.expect('}');
    }

    private void array(int depth) {
        cursor.expect('[');
        cursor.skipWhitespace();
        if (cursor.consume(']')) {
            return;
        }
        do {
            value(depth + 1);
            cursor.skipWhitespace();
        } while (cursor.consume(','));
        cursor.expect(']');
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw cursor.error("nested too deeply");
        }
        cursor.skipWhitespace();
        char c = cursor.current();
        switch (c) {
            case '"':
                return cursor.string();
            case '{':
                object(depth, null);
                return NESTED;
            case '[':
                array(depth);
                return NESTED;
            case 't':
                return cursor.literal("true", Boolean.TRUE);
            case 'f':
                return cursor.literal("false", Boolean.FALSE);
            case 'n':
                return cursor.literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return JsonNumbers.read(cursor);
                }
                throw cursor.error("unexpected character '" + c + "'");
        }
    }
}
