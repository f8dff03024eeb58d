package io.wsnotify.adapter.http;

import io.helidon.http.HttpException;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.wsnotify.domain.InvalidValueException;
import io.wsnotify.domain.NotFoundException;
import java.util.List;

/**
 * The one place where exceptions become HTTP answers (STYLE 10), all as problem+json:
 * the adapter's own {@link ProblemException}s as they are, a domain {@link InvalidValueException}
 * as 422 naming the field, a domain {@link NotFoundException} as 404, a path no route serves as
 * 404, Helidon's client errors with their status (and its 304 Not Modified as it is), and anything
 * else as a logged 500 that shows the client no internals.
 */
final class ErrorMapping {
    private static final System.Logger LOG = System.getLogger(ErrorMapping.class.getName());

    private ErrorMapping() {}

    static void register(HttpRouting.Builder routing) {
        routing.error(ProblemException.class, (req, res, e) -> ProblemResponse.send(req, res, e));
        routing.error(
                InvalidValueException.class,
                (req, res, e) -> ProblemResponse.send(
                        req, res, ProblemException.invalid(List.of(new Problem.FieldError(e.field(), e.reason())))));
        routing.error(
                NotFoundException.class,
                (req, res, e) -> ProblemResponse.send(
                        req, res, new Problem(404, capitalized(e.resource()) + " " + e.id() + " not found")));
        // Helidon's own 404 (no route), same simple name as the domain's NotFoundException
        routing.error(
                io.helidon.http.NotFoundException.class,
                (req, res, e) -> ProblemResponse.send(req, res, new Problem(404, "Nothing is served at this path")));
        routing.error(HttpException.class, ErrorMapping::httpError);
        routing.error(Exception.class, (req, res, e) -> internalError(req, res, e));
    }

    private static void httpError(ServerRequest req, ServerResponse res, HttpException e) {
        int status = e.status().code();
        if (status < 400) {
            // not an error: Helidon's static content answers a matching If-None-Match with a 304 this way
            res.status(e.status());
            e.headers().forEach(res::header);
            res.send();
            return;
        }
        if (status >= 500) {
            internalError(req, res, e);
            return;
        }
        ProblemResponse.send(
                req, res, new Problem(status, e.getMessage() == null ? "Request refused" : e.getMessage()));
    }

    private static void internalError(ServerRequest req, ServerResponse res, Exception e) {
        LOG.log(
                System.Logger.Level.ERROR,
                "Request " + req.prologue().method().text() + " "
                        + req.prologue().uriPath().rawPath() + " failed",
                e);
        ProblemResponse.send(req, res, new Problem(500, "The server could not complete the request; see its log"));
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
