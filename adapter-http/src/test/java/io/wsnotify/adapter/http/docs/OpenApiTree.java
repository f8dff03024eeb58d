package io.wsnotify.adapter.http.docs;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Test view of a parsed OpenAPI document: operations, responses and {@code $ref} resolution. */
record OpenApiTree(JsonObject document) {

    /** The operation object of {@code method} (lower case) on {@code path}, failing if absent. */
    JsonObject operation(String method, String path) {
        JsonObject item = document.getJsonObject("paths").getJsonObject(path);
        if (item == null || !item.containsKey(method)) {
            throw new AssertionError("no " + method.toUpperCase() + " " + path + " in the document");
        }
        return item.getJsonObject(method);
    }

    /** The response for {@code status} of that operation, with its {@code $ref} followed. */
    Optional<JsonObject> response(String method, String path, String status) {
        JsonObject responses = operation(method, path).getJsonObject("responses");
        return Optional.ofNullable(responses.get(status)).map(this::resolve);
    }

    /** Follows {@code $ref} (local JSON pointers) until an object without one. */
    JsonObject resolve(JsonValue value) {
        JsonObject object = value.asJsonObject();
        while (object.containsKey("$ref")) {
            object = pointed(object.getString("$ref")).asJsonObject();
        }
        return object;
    }

    JsonValue pointed(String ref) {
        if (!ref.startsWith("#/")) {
            throw new AssertionError("not a local reference: " + ref);
        }
        return Json.createPointer(ref.substring(1)).getValue(document);
    }

    /** Every {@code $ref} string anywhere in the document. */
    List<String> references() {
        List<String> refs = new ArrayList<>();
        walk(document, value -> {
            if (value instanceof JsonObject object
                    && object.get("$ref") instanceof JsonValue ref
                    && ref.getValueType() == JsonValue.ValueType.STRING) {
                refs.add(object.getString("$ref"));
            }
        });
        return refs;
    }

    private static void walk(JsonValue value, Consumer<JsonValue> visitor) {
        visitor.accept(value);
        switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().values().forEach(child -> walk(child, visitor));
            case ARRAY -> value.asJsonArray().forEach(child -> walk(child, visitor));
            default -> {}
        }
    }
}
