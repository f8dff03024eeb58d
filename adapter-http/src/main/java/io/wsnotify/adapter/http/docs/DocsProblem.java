package io.wsnotify.adapter.http.docs;

import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * An RFC 9457 problem answered by a docs route (a bad {@code ?format=}, a wrong method), shaped
 * like the API's own: {@code type about:blank}, the reason phrase as {@code title}, the path as
 * {@code instance}, and {@code errors} when a parameter is at fault.
 */
record DocsProblem(Status status, String detail, String field, String message) {
    static final String MEDIA_TYPE = "application/problem+json";

    static DocsProblem badFormat(String given) {
        return new DocsProblem(
                Status.BAD_REQUEST_400,
                "Invalid parameter 'format': must be JSON or YAML, not '" + given + "'",
                "format",
                "must be JSON or YAML");
    }

    static DocsProblem methodNotAllowed(String method, String allowed) {
        return new DocsProblem(
                Status.METHOD_NOT_ALLOWED_405,
                "Method " + method + " is not allowed here; allowed: " + allowed,
                null,
                null);
    }

    void send(ServerRequest req, ServerResponse res) {
        JsonObjectBuilder problem = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", status.reasonPhrase())
                .add("status", status.code())
                .add("detail", detail)
                .add("instance", req.path().path());
        if (field != null) {
            problem.add(
                    "errors",
                    Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("field", field).add("message", message)));
        }
        res.status(status);
        res.headers().contentType(MediaTypes.create(MEDIA_TYPE));
        res.send(problem.build().toString());
    }
}
