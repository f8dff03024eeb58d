package io.wsnotify.adapter.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

import java.util.Optional;

/** The token a request presents: {@code Authorization: Bearer <t>} first, else {@code ?token=}. */
final class BearerToken {
    private static final String SCHEME = "bearer ";

    private BearerToken() {
    }

    static Optional<String> of(ServerRequest req) {
        Optional<String> header = req.headers().first(HeaderNames.AUTHORIZATION)
                .filter(value -> value.regionMatches(true, 0, SCHEME, 0, SCHEME.length()))
                .map(value -> value.substring(SCHEME.length()).strip())
                .filter(value -> !value.isEmpty());
        if (header.isPresent()) {
            return header;
        }
        try {
            return req.query().first("token").asOptional().filter(value -> !value.isEmpty());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
