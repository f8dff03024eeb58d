package io.wsnotify.wire;

/** A JSON number, kept as written: {@code 10.0} stays {@code 10.0}, {@code 1.5e300} stays {@code 1.5e300}. */
public record JsonNumber(String text) implements JsonValue {}
