package io.wsnotify.adapter.http;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Typed access to the fields of a JSON object body. A field that is absent or JSON {@code null}
 * reads as null; a field of the wrong JSON type is recorded in the {@link FieldErrors} (422) and
 * also reads as null.
 */
final class JsonFields {
    private final JsonObject object;
    private final FieldErrors errors;

    JsonFields(JsonObject object, FieldErrors errors) {
        this.object = object;
        this.errors = errors;
    }

    String string(String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        errors.add(name, "must be a string");
        return null;
    }

    /** A string that must be present; a missing one is recorded as "is required". */
    String requiredString(String name) {
        if (!isPresent(name)) {
            errors.add(name, "is required");
            return null;
        }
        return string(name);
    }

    Boolean bool(String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        errors.add(name, "must be true or false");
        return null;
    }

    boolean isPresent(String name) {
        JsonValue value = object.get(name);
        return value != null && value.getValueType() != JsonValue.ValueType.NULL;
    }
}
