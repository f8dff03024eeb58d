package io.wsnotify.adapter.http;

import io.helidon.http.HttpException;
import io.helidon.http.HttpMediaType;
import io.helidon.webserver.http.ServerRequest;
import io.wsnotify.wire.JsonObject;
import io.wsnotify.wire.JsonReader;
import io.wsnotify.wire.JsonValue;
import io.wsnotify.wire.MalformedJsonException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Reads a request body as a JSON object ({@link JsonReader}: values keep their text as written).
 * A body must be declared as JSON ({@code application/json} or {@code application/*+json}, in
 * UTF-8: another {@code charset} is refused) or it is refused with 415, a body without
 * Content-Type too: a browser sends such a body cross-origin without a CORS preflight. A body
 * that cannot be read, is not UTF-8 or is not JSON the reader accepts (including a lone surrogate
 * and its limits: nesting depth, number length and exponent) is a 400; JSON that is not an object
 * is a 422 naming the field {@code body}. The size limit is enforced while reading
 * ({@link BodyLimitFilter}).
 */
final class JsonBody {
    private JsonBody() {}

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
        if (!(parse(text) instanceof JsonObject object)) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("body", "must be a JSON object")));
        }
        return Optional.of(object);
    }

    private static void checkContentType(ServerRequest req) {
        Optional<HttpMediaType> contentType = req.headers().contentType();
        if (contentType.isEmpty()) {
            throw ProblemException.unsupportedMediaType(null);
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
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("The request body is not valid UTF-8");
        }
    }

    private static JsonValue parse(String text) {
        try {
            return JsonReader.read(text);
        } catch (MalformedJsonException e) {
            throw ProblemException.badRequest("Malformed JSON: " + e.getMessage());
        }
    }
}
