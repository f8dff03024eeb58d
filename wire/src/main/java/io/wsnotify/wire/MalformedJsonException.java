package io.wsnotify.wire;

/**
 * A document {@link JsonReader} refuses: not RFC 8259 JSON, or past its limits. The message says
 * what is wrong and where ({@code "a lone surrogate \\uD800 at offset 12"}); it never quotes more
 * than one character of the input.
 */
public final class MalformedJsonException extends RuntimeException {
    private final int offset;

    MalformedJsonException(String problem, int offset) {
        super(problem + " at offset " + offset, null, false, false);
        this.offset = offset;
    }

    /** Where in the document (0-based, in UTF-16 units) the problem was found. */
    public int offset() {
        return offset;
    }
}
