package io.wsnotify.adapter.http;

import io.wsnotify.wire.JsonWriter;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 9457 problem detail: what every error response carries as
 * {@code application/problem+json}. {@code type} is {@code about:blank}, so {@code title} is the
 * status' reason phrase; {@code detail} explains this occurrence; {@code errors} lists the
 * offending fields (for 400 parameter and 422 validation problems).
 */
record Problem(int status, String detail, List<FieldError> errors) {
    static final String MEDIA_TYPE = "application/problem+json";

    Problem {
        Objects.requireNonNull(detail, "detail");
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    Problem(int status, String detail) {
        this(status, detail, List.of());
    }

    /** One field a client got wrong: a body field, a query parameter or a path segment. */
    record FieldError(String field, String message) {}

    String title() {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 426 -> "Upgrade Required";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            case 505 -> "HTTP Version Not Supported";
            default -> status < 500 ? "Client Error" : "Server Error";
        };
    }

    /** The JSON document; {@code instance} is the request path (never its query, which may hold a token). */
    String toJson(String instance) {
        StringBuilder out = new StringBuilder(160);
        JsonWriter json = new JsonWriter(out)
                .beginObject()
                .field("type", "about:blank")
                .field("title", title())
                .field("status", status)
                .field("detail", detail)
                .field("instance", instance);
        if (!errors.isEmpty()) {
            json.beginArray("errors");
            for (FieldError error : errors) {
                json.beginObject()
                        .field("field", error.field())
                        .field("message", error.message())
                        .endObject();
            }
            json.endArray();
        }
        json.endObject();
        return out.toString();
    }
}
