package io.wsnotify.adapter.http.docs;

import io.helidon.common.media.type.MediaType;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code GET /openapi} and {@code /openapi.json}: the document as YAML (the default) or JSON,
 * chosen by {@code ?format=JSON|YAML} first, then by {@code Accept}.
 */
final class OpenApiEndpoint {
    private static final List<MediaType> YAML_TYPES = List.of(
            MediaTypes.APPLICATION_YAML,
            MediaTypes.APPLICATION_OPENAPI_YAML,
            MediaTypes.APPLICATION_X_YAML,
            MediaTypes.TEXT_YAML);
    private static final List<MediaType> JSON_TYPES =
            List.of(MediaTypes.APPLICATION_JSON, MediaTypes.APPLICATION_OPENAPI_JSON);
    private static final MediaType[] OFFERED =
            Stream.concat(YAML_TYPES.stream(), JSON_TYPES.stream()).toArray(MediaType[]::new);

    private final OpenApiDocument document;

    OpenApiEndpoint(OpenApiDocument document) {
        this.document = document;
    }

    /** {@code GET /openapi}: negotiated. */
    void negotiated(ServerRequest req, ServerResponse res) {
        Optional<String> format = req.query().first("format").asOptional();
        res.headers().set(HeaderNames.VARY, "Accept");
        if (format.isPresent()) {
            switch (format.get().toUpperCase(Locale.ROOT)) {
                case "JSON" -> send(res, MediaTypes.APPLICATION_JSON, document.json());
                case "YAML" -> send(res, MediaTypes.APPLICATION_YAML, document.yaml());
                default -> DocsProblem.badFormat(format.get()).send(req, res);
            }
            return;
        }
        MediaType best = req.headers().bestAccepted(OFFERED).orElse(MediaTypes.APPLICATION_YAML);
        if (JSON_TYPES.contains(best)) {
            send(res, best, document.json());
        } else {
            send(res, best, document.yaml());
        }
    }

    /** {@code GET /openapi.json}: always JSON, as the seed served it. */
    void json(ServerRequest req, ServerResponse res) {
        send(res, MediaTypes.APPLICATION_JSON, document.json());
    }

    private static void send(ServerResponse res, MediaType type, String body) {
        res.headers().contentType(type);
        res.send(body);
    }
}
