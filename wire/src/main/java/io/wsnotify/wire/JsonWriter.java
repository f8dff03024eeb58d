package io.wsnotify.wire;

import io.wsnotify.domain.JsonText;

/**
 * Appends JSON tokens to a StringBuilder: the one place that knows JSON string escaping and where
 * commas go. Objects and arrays nest; an array's elements are objects.
 */
public final class JsonWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out;
    /** Whether a value has been written at this level, so the next one (field or element) needs a comma. */
    private boolean needsComma;

    public JsonWriter(StringBuilder out) {
        this.out = out;
    }

    /** Opens an object: at the top, as a field's value, or as the next element of an array. */
    public JsonWriter beginObject() {
        if (needsComma) {
            out.append(',');
        }
        return open('{');
    }

    /** Opens an object as the value of field {@code name}. */
    public JsonWriter beginObject(String name) {
        name(name);
        return open('{');
    }

    public JsonWriter endObject() {
        out.append('}');
        needsComma = true;
        return this;
    }

    /** Opens an array at the top. */
    public JsonWriter beginArray() {
        return open('[');
    }

    /** Opens an array as the value of field {@code name}. */
    public JsonWriter beginArray(String name) {
        name(name);
        return open('[');
    }

    public JsonWriter endArray() {
        out.append(']');
        needsComma = true;
        return this;
    }

    public JsonWriter field(String name, String value) {
        name(name);
        if (value == null) {
            out.append("null");
        } else {
            quote(out, value);
        }
        return this;
    }

    public JsonWriter field(String name, long value) {
        name(name);
        out.append(value);
        return this;
    }

    public JsonWriter field(String name, boolean value) {
        name(name);
        out.append(value);
        return this;
    }

    /** Writes an already-rendered JSON value (null writes JSON null). */
    public JsonWriter rawField(String name, JsonText value) {
        name(name);
        out.append(value == null ? "null" : value.json());
        return this;
    }

    private void name(String name) {
        if (needsComma) {
            out.append(',');
        }
        quote(out, name);
        out.append(':');
        needsComma = true;
    }

    private JsonWriter open(char bracket) {
        out.append(bracket);
        needsComma = false;
        return this;
    }

    /** Appends {@code text} as a quoted JSON string, escaping what RFC 8259 requires. */
    public static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** {@code text} as a quoted JSON string. */
    public static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        quote(out, text);
        return out.toString();
    }
}
