package io.wsnotify.adapter.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes a {@link Problem} as an {@code application/problem+json} response. */
final class ProblemResponse {
    private ProblemResponse() {}

    static void send(ServerRequest req, ServerResponse res, Problem problem, Map<String, String> headers) {
        res.status(Status.create(problem.status()));
        res.header(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
        headers.forEach(res::header);
        res.send(problem.toJson(req.prologue().uriPath().rawPath()).getBytes(StandardCharsets.UTF_8));
        if (res instanceof RoutingResponse routing) {
            // the body of a HEAD answer goes through a stream filter, and a streamed answer is complete
            // (sent, as a filter that answers must leave it) only once committed
            routing.commit();
        }
    }

    static void send(ServerRequest req, ServerResponse res, Problem problem) {
        send(req, res, problem, Map.of());
    }

    /** Sends the problem; one that closes the connection says so ({@link ConnectionCloseFilter} ends it). */
    static void send(ServerRequest req, ServerResponse res, ProblemException e) {
        if (e.closesConnection()) {
            res.header(HeaderValues.CONNECTION_CLOSE);
        }
        send(req, res, e.problem(), e.headers());
    }
}
