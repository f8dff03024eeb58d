package io.wsnotify.adapter.http;

import io.helidon.http.HttpMediaType;
import io.helidon.webserver.http.ServerRequest;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads a request body as a JSON object. A body must be declared as JSON
 * ({@code application/json} or {@code application/*+json}; a body without Content-Type is read
 * as JSON too) or it is refused with 415; text that is not JSON is a 400; JSON that is not an
 * object is a 422 naming the field {@code body}. The size limit is enforced while reading
 * ({@link BodyLimitFilter}).
 */
final class JsonBody {
    private JsonBody() {
    }

    /** The body, which must be present: an empty body is a 400. */
    static JsonObject required(ServerRequest req) {
        return optional(req).orElseThrow(() -> ProblemException.badRequest("A JSON object body is required"));
    }

    /** The body, or empty when the request has none (or an empty one). */
    static Optional<JsonObject> optional(ServerRequest req) {
        if (!req.content().hasEntity()) {
            return Optional.empty();
        }
        checkContentType(req);
        String text = readText(req);
        if (text.isBlank()) {
            return Optional.empty();
        }
        JsonValue value = parse(text);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("body", "must be a JSON object")));
        }
        return Optional.of(value.asJsonObject());
    }

    private static void checkContentType(ServerRequest req) {
        Optional<HttpMediaType> contentType = req.headers().contentType();
        if (contentType.isEmpty()) {
            return;
        }
        String type = contentType.get().mediaType().type();
        String subtype = contentType.get().mediaType().subtype();
        boolean json = type.equalsIgnoreCase("application")
                && (subtype.equalsIgnoreCase("json") || subtype.toLowerCase().endsWith("+json"));
        if (!json) {
            throw ProblemException.unsupportedMediaType(contentType.get().mediaType().text());
        }
    }

    private static String readText(ServerRequest req) {
        try {
            return new String(req.content().inputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the request body", e);
        }
    }

    private static JsonValue parse(String text) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw ProblemException.badRequest("Malformed JSON: unexpected text after the JSON value");
            }
            return value;
        } catch (JsonException | NoSuchElementException e) {
            throw ProblemException.badRequest("Malformed JSON: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not a JSON document";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
