package io.wsnotify.wire;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON object: its members in the order they were written, and its source text. A name given
 * twice keeps its first place and its last value, as Jakarta JSON-P readers do.
 */
public final class JsonObject implements JsonValue {
    private final Map<String, JsonValue> members;
    private final TextSlice text;

    JsonObject(Map<String, JsonValue> members, TextSlice text) {
        this.members = Collections.unmodifiableMap(members);
        this.text = text;
    }

    /** An object without members, {@code {}}. */
    public static JsonObject empty() {
        return new JsonObject(Map.of(), new TextSlice(new StringBuilder("{}"), 0, 2));
    }

    /** The members in document order. */
    public Map<String, JsonValue> members() {
        return members;
    }

    /** The member {@code name}, if the object has it (JSON {@code null} included). */
    public Optional<JsonValue> get(String name) {
        return Optional.ofNullable(members.get(name));
    }

    /** Whether the object has the member {@code name} with a value other than JSON {@code null}. */
    public boolean has(String name) {
        JsonValue value = members.get(name);
        return value != null && !value.isNull();
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
