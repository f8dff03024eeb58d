package io.wsnotify.adapter.http;

import io.helidon.http.HttpException;
import io.helidon.http.HttpMediaType;
import io.helidon.webserver.http.ServerRequest;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads a request body as a JSON object. A body must be declared as JSON
 * ({@code application/json} or {@code application/*+json}, in UTF-8: another {@code charset} is
 * refused; a body without Content-Type is read as JSON too) or it is refused with 415; a body
 * that cannot be read, is not UTF-8 or is not JSON the parser accepts (including its limits:
 * nesting depth, number length and exponent) is a 400; JSON that is not an object is a 422
 * naming the field {@code body}. The size limit is enforced while reading ({@link BodyLimitFilter}).
 */
final class JsonBody {
    /** Looked up once: {@code Json.createParser} searches the class path on every call. */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
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
        boolean utf8 = contentType.get().charset().map(JsonBody::isUtf8).orElse(true);
        if (!json || !utf8) {
            throw ProblemException.unsupportedMediaType(contentType.get().text());
        }
    }

    private static boolean isUtf8(String charset) {
        String name = charset.strip();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.equalsIgnoreCase("utf-8");
    }

    /** The body as strict UTF-8; a broken transfer (a bad chunk, a client gone) is a 400 that closes the connection. */
    private static String readText(ServerRequest req) {
        byte[] bytes;
        try {
            bytes = req.content().inputStream().readAllBytes();
        } catch (ProblemException | HttpException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ProblemException.unreadableBody();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("The request body is not valid UTF-8");
        }
    }

    private static JsonValue parse(String text) {
        JsonValue value;
        boolean trailing;
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            parser.next();
            value = parser.getValue();
            trailing = parser.hasNext();
        } catch (JsonException | NoSuchElementException e) {
            throw ProblemException.badRequest("Malformed JSON: " + firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            // the parser's limits, thrown as plain runtime exceptions (Parsson: nesting over 1000,
            // numbers over 1100 characters, exponents out of range)
            throw ProblemException.badRequest("Malformed JSON: nested too deeply, or a number too long or too large");
        }
        if (trailing) {
            throw ProblemException.badRequest("Malformed JSON: unexpected text after the JSON value");
        }
        return value;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not a JSON document";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
