package io.wsnotify.adapter.http;

import io.helidon.webserver.http.ServerRequest;
import io.wsnotify.wire.WireValues;

/** Reads the {@code {id}} path segment: a positive whole number, else 400 ({@code /tasks/abc}). */
final class PathIds {
    private static final String RULE = "must be a positive whole number";

    private PathIds() {}

    static long id(ServerRequest req) {
        long id = WireValues.wholeNumber(req.path().pathParameters().get("id")).orElse(0);
        if (id < 1) {
            throw ProblemException.badParameter("id", RULE);
        }
        return id;
    }
}
