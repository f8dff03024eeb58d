package io.wsnotify.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 reader for request bodies: one JSON value, nothing after it but whitespace.
 * Each value keeps its source text ({@link JsonValue#text()}), so what a client posts can be passed
 * on as written. Refused with a {@link MalformedJsonException}: anything that is not JSON, a lone
 * surrogate (escaped or raw) in a string, a raw control character in a string, nesting deeper
 * than {@link #MAX_DEPTH}, a number longer than {@link #MAX_NUMBER_LENGTH} characters or with an
 * exponent beyond {@link #MAX_EXPONENT}. The limits are those Jakarta JSON-P (Parsson) applied.
 *
 * <p>Runs in time linear in the document; recursion is bounded by the depth limit.
 */
public final class JsonReader {
    /** Deepest nesting of arrays and objects accepted. */
    public static final int MAX_DEPTH = 1000;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 1100;
    /** Largest exponent accepted, either way ({@code 1e1100}, {@code 1e-1100}). */
    public static final int MAX_EXPONENT = 1100;

    private final JsonCursor cursor;
    private int depth;

    private JsonReader(String document) {
        this.cursor = new JsonCursor(document);
    }

    /** The one value {@code document} holds. */
    public static JsonValue read(String document) {
        JsonReader reader = new JsonReader(document);
        reader.cursor.skipWhitespace();
        if (reader.cursor.atEnd()) {
            throw reader.cursor.error("no JSON value");
        }
        JsonValue value = reader.value();
        reader.cursor.skipWhitespace();
        if (!reader.cursor.atEnd()) {
            throw reader.cursor.error("unexpected text after the JSON value");
        }
        return value;
    }

    private JsonValue value() {
        cursor.skipWhitespace();
        char c = cursor.peek();
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> JsonStringToken.read(cursor);
            case 't' -> literal("true", JsonLiteral.TRUE);
            case 'f' -> literal("false", JsonLiteral.FALSE);
            case 'n' -> literal("null", JsonLiteral.NULL);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield JsonNumberToken.read(cursor);
                }
                throw cursor.unexpected(c, "a JSON value");
            }
        };
    }

    private JsonObject object() {
        int start = enter('{');
        Map<String, JsonValue> members = new LinkedHashMap<>();
        cursor.skipWhitespace();
        if (cursor.peek() != '}') {
            do {
                cursor.skipWhitespace();
                if (cursor.peek() != '"') {
                    throw cursor.unexpected(cursor.peek(), "a member name in quotes");
                }
                String name = JsonStringToken.read(cursor).value();
                cursor.skipWhitespace();
                cursor.expect(':');
                members.put(name, value());
                cursor.skipWhitespace();
            } while (separator('}'));
        }
        cursor.expect('}');
        return new JsonObject(members, leave(start));
    }

    private JsonArray array() {
        int start = enter('[');
        List<JsonValue> elements = new ArrayList<>();
        cursor.skipWhitespace();
        if (cursor.peek() != ']') {
            do {
                elements.add(value());
                cursor.skipWhitespace();
            } while (separator(']'));
        }
        cursor.expect(']');
        return new JsonArray(elements, leave(start));
    }

    /** Takes a ',' (true: another element follows) or stops before {@code close}. */
    private boolean separator(char close) {
        char c = cursor.peek();
        if (c == ',') {
            cursor.expect(',');
            return true;
        }
        if (c != close) {
            throw cursor.unexpected(c, "',' or '" + close + "'");
        }
        return false;
    }

    private int enter(char open) {
        if (++depth > MAX_DEPTH) {
            throw cursor.error("nesting deeper than " + MAX_DEPTH + " levels");
        }
        int start = cursor.compact().length();
        cursor.expect(open);
        return start;
    }

    private TextSlice leave(int start) {
        depth--;
        return new TextSlice(cursor.compact(), start, cursor.compact().length());
    }

    private JsonLiteral literal(String word, JsonLiteral literal) {
        int start = cursor.position();
        for (int i = 0; i < word.length(); i++) {
            if (cursor.atEnd() || cursor.peek() != word.charAt(i)) {
                throw new MalformedJsonException("an unknown word (JSON has only true, false and null)", start);
            }
            cursor.take();
        }
        cursor.copyToken(start);
        return literal;
    }
}
