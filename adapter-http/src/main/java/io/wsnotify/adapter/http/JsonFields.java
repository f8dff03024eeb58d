package io.wsnotify.adapter.http;

import io.wsnotify.wire.JsonLiteral;
import io.wsnotify.wire.JsonObject;
import io.wsnotify.wire.JsonString;
import io.wsnotify.wire.JsonValue;

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
        JsonValue value = present(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.value();
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
        JsonValue value = present(name);
        if (value == null) {
            return null;
        }
        if (value == JsonLiteral.TRUE || value == JsonLiteral.FALSE) {
            return value == JsonLiteral.TRUE;
        }
        errors.add(name, "must be true or false");
        return null;
    }

    boolean isPresent(String name) {
        return object.has(name);
    }

    /** The field's JSON text as the client wrote it, or null when it is absent or JSON {@code null}. */
    String raw(String name) {
        JsonValue value = present(name);
        return value == null ? null : value.text();
    }

    private JsonValue present(String name) {
        return object.get(name).filter(value -> !value.isNull()).orElse(null);
    }
}
