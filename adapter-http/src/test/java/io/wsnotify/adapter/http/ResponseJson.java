package io.wsnotify.adapter.http;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** Parses response bodies in tests. */
final class ResponseJson {
    private ResponseJson() {}

    static JsonValue parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    static JsonObject object(String text) {
        return parse(text).asJsonObject();
    }

    static JsonArray array(String text) {
        return parse(text).asJsonArray();
    }
}
