package io.wsnotify.adapter.http;

import io.helidon.common.uri.UriQuery;
import io.helidon.webserver.http.ServerRequest;
import io.wsnotify.domain.InvalidValueException;
import io.wsnotify.wire.WireValues;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The query parameters of one request, parsed into what handlers need. Anything unusable is a
 * 400 naming the parameter: a malformed value, a value out of range, or a parameter given twice
 * ({@code ?limit=1&limit=2}). Parameters a handler does not ask for are ignored.
 */
final class QueryParams {
    private final UriQuery query;

    private QueryParams(UriQuery query) {
        this.query = query;
    }

    static QueryParams of(ServerRequest req) {
        try {
            UriQuery query = req.query();
            query.names();
            return new QueryParams(query);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("Malformed query string");
        }
    }

    /** The value of a parameter given at most once; a bare {@code ?name} reads as an empty value. */
    Optional<String> single(String name) {
        try {
            if (!query.contains(name)) {
                return Optional.empty();
            }
            List<String> values = query.all(name);
            if (values.size() > 1) {
                throw ProblemException.badParameter(name, "must be given at most once");
            }
            return Optional.of(values.isEmpty() ? "" : values.get(0));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter(name, "is not correctly encoded");
        }
    }

    /** A whole number from {@code min} to {@code max}; {@code fallback} when absent. */
    long number(String name, long min, long max, long fallback) {
        Optional<String> text = single(name);
        if (text.isEmpty()) {
            return fallback;
        }
        String range = max == Long.MAX_VALUE ? min + " or more" : "between " + min + " and " + max;
        if (!WireValues.hasDigitsOnly(text.get())) {
            throw ProblemException.badParameter(name, "must be a whole number " + range);
        }
        OptionalLong value = WireValues.wholeNumber(text.get());
        if (value.isEmpty() || value.getAsLong() < min || value.getAsLong() > max) {
            throw ProblemException.badParameter(name, "must be " + range);
        }
        return value.getAsLong();
    }

    /** A value turned into a domain type; a value the domain refuses is a 400 for this parameter. */
    <T> Optional<T> parsed(String name, Function<String, T> parser) {
        return single(name).map(text -> {
            try {
                return parser.apply(text);
            } catch (InvalidValueException e) {
                throw ProblemException.badParameter(name, e.reason());
            }
        });
    }
}
