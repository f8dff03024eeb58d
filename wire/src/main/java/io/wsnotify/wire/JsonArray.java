package io.wsnotify.wire;

import java.util.List;

/** A JSON array: its elements in order, and its source text. */
public final class JsonArray implements JsonValue {
    private final List<JsonValue> elements;
    private final TextSlice text;

    JsonArray(List<JsonValue> elements, TextSlice text) {
        this.elements = List.copyOf(elements);
        this.text = text;
    }

    public List<JsonValue> elements() {
        return elements;
    }

    @Override
    public String text() {
        return text.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
