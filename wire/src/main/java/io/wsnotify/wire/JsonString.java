package io.wsnotify.wire;

/**
 * A JSON string.
 *
 * @param value the decoded string (escapes resolved; always well-formed UTF-16)
 * @param text  the string token as written, quotes and escapes included
 */
public record JsonString(String value, String text) implements JsonValue {}
