package io.wsnotify.adapter.http;

import io.helidon.webserver.http.ServerRequest;

import java.util.regex.Pattern;

/** Reads the {@code {id}} path segment: a positive whole number, else 400 ({@code /tasks/abc}). */
final class PathIds {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");
    private static final String RULE = "must be a positive whole number";

    private PathIds() {
    }

    static long id(ServerRequest req) {
        String text = req.path().pathParameters().get("id");
        if (!DIGITS.matcher(text).matches()) {
            throw ProblemException.badParameter("id", RULE);
        }
        try {
            long id = Long.parseLong(text);
            if (id < 1) {
                throw ProblemException.badParameter("id", RULE);
            }
            return id;
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter("id", RULE);
        }
    }
}
