package io.wsnotify.wire;

/**
 * A range of the compact text {@link JsonReader} builds, turned into a string only when asked:
 * copying every nested array's text while parsing would cost the document size times its depth.
 */
final class TextSlice {
    private final StringBuilder source;
    private final int start;
    private final int end;
    private String text;

    TextSlice(StringBuilder source, int start, int end) {
        this.source = source;
        this.start = start;
        this.end = end;
    }

    @Override
    public String toString() {
        if (text == null) {
            text = source.substring(start, end);
        }
        return text;
    }
}
