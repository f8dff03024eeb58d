package io.wsnotify.wire;

/** The JSON literals {@code true}, {@code false} and {@code null}. */
public enum JsonLiteral implements JsonValue {
    TRUE("true"),
    FALSE("false"),
    NULL("null");

    private final String text;

    JsonLiteral(String text) {
        this.text = text;
    }

    @Override
    public String text() {
        return text;
    }
}
