package io.wsnotify.adapter.http.docs;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Turns the tree SnakeYAML loads (maps, lists, strings, numbers, booleans, null) into JSON-P
 * values, keeping the order of keys. Anything else (a YAML timestamp, binary) is refused, so
 * the document must quote such scalars and stay plain JSON data.
 */
final class YamlTreeJson {
    private static final JsonProvider JSON = JsonProvider.provider();

    private final JsonBuilderFactory builders = JSON.createBuilderFactory(Map.of());

    JsonValue toJson(Object node) {
        return switch (node) {
            case null -> JsonValue.NULL;
            case Map<?, ?> map -> object(map);
            case List<?> list -> array(list);
            case String text -> JSON.createValue(text);
            case Boolean flag -> flag ? JsonValue.TRUE : JsonValue.FALSE;
            case Integer number -> JSON.createValue(number);
            case Long number -> JSON.createValue(number);
            case BigInteger number -> JSON.createValue(number);
            case Double number -> decimal(number);
            default ->
                throw new IllegalArgumentException("not JSON data in the OpenAPI document: "
                        + node.getClass().getSimpleName() + " '" + node + "' (quote it)");
        };
    }

    private JsonValue object(Map<?, ?> map) {
        JsonObjectBuilder object = builders.createObjectBuilder();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException(
                        "not a string key in the OpenAPI document: " + entry.getKey() + " (quote it)");
            }
            object.add(key, toJson(entry.getValue()));
        }
        return object.build();
    }

    private JsonValue array(List<?> list) {
        JsonArrayBuilder array = builders.createArrayBuilder();
        list.forEach(item -> array.add(toJson(item)));
        return array.build();
    }

    private static JsonNumber decimal(Double number) {
        if (number.isNaN() || number.isInfinite()) {
            throw new IllegalArgumentException("not a JSON number in the OpenAPI document: " + number);
        }
        return JSON.createValue(BigDecimal.valueOf(number));
    }
}
