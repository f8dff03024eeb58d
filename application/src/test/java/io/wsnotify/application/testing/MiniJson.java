package io.wsnotify.application.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict, tiny JSON parser for tests (RFC 8259): objects keep their field order
 * ({@link LinkedHashMap}), numbers are {@link BigDecimal}, and anything malformed throws.
 */
public final class MiniJson {
    private static final String ESCAPED = "\"\\/bfnrt";
    private static final String UNESCAPED = "\"\\/\b\f\n\r\t";
    private static final String NUMBER = "-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?";

    private final String text;
    private int pos;

    private MiniJson(String text) {
        this.text = text;
    }

    /** Parses one JSON value that must fill the whole text. */
    public static Object parse(String text) {
        MiniJson parser = new MiniJson(text);
        Object value = parser.value();
        if (parser.peek() != '\0') {
            throw parser.error("trailing text");
        }
        return value;
    }

    /** Parses a JSON object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(String text) {
        if (parse(text) instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("not a JSON object: " + text);
    }

    private Object value() {
        return switch (peek()) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> fields = new LinkedHashMap<>();
        expect('{');
        if (consume('}')) {
            return fields;
        }
        do {
            peek();
            String name = string();
            expect(':');
            if (fields.containsKey(name)) {
                throw error("duplicate field " + name);
            }
            fields.put(name, value());
        } while (consume(','));
        expect('}');
        return fields;
    }

    private List<Object> array() {
        List<Object> items = new ArrayList<>();
        expect('[');
        if (consume(']')) {
            return items;
        }
        do {
            items.add(value());
        } while (consume(','));
        expect(']');
        return items;
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        for (char c = next(); c != '"'; c = next()) {
            if (c < 0x20) {
                throw error("unescaped control character");
            } else if (c != '\\') {
                out.append(c);
            } else if (text.startsWith("u", pos)) {
                out.append((char) Integer.parseInt(text.substring(pos + 1, pos + 5), 16));
                pos += 5;
            } else if (ESCAPED.indexOf(text.charAt(pos)) >= 0) {
                out.append(UNESCAPED.charAt(ESCAPED.indexOf(next())));
            } else {
                throw error("bad escape");
            }
        }
        return out.toString();
    }

    private BigDecimal number() {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String token = text.substring(start, pos);
        if (!token.matches(NUMBER)) {
            throw error("bad value '" + token + "'");
        }
        return new BigDecimal(token);
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("bad literal");
        }
        pos += word.length();
        return value;
    }

    /** The next non-blank character, left unread ('\0' at the end). */
    private char peek() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private char next() {
        if (pos >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(pos++);
    }

    private boolean consume(char c) {
        boolean found = peek() == c && pos < text.length();
        pos += found ? 1 : 0;
        return found;
    }

    private void expect(char c) {
        if (!consume(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at " + pos + " in: " + text);
    }
}
