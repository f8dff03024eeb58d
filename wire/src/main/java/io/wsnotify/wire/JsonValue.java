package io.wsnotify.wire;

/**
 * A JSON value read by {@link JsonReader}, with its source text.
 *
 * <p>{@link #text()} is the value as the client wrote it, token for token: numbers keep their
 * digits ({@code 10.0}, {@code 1.5e300}), strings their escapes, objects their key order. Only the
 * whitespace between tokens is left out, so the text can be written into an envelope verbatim as
 * one line (an SSE {@code data:} line must not break, and a carriage return would break it).
 */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonLiteral {
    /** The value's source text without the whitespace between its tokens. */
    String text();

    /** Whether this is JSON {@code null}. */
    default boolean isNull() {
        return this == JsonLiteral.NULL;
    }
}
