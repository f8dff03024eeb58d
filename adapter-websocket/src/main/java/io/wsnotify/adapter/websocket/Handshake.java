package io.wsnotify.adapter.websocket;

import io.helidon.common.uri.UriQuery;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.http.RequestException;
import io.wsnotify.application.AccessPolicy;
import io.wsnotify.application.live.SubscriptionRequest;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.InvalidValueException;
import io.wsnotify.domain.Topic;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads a {@code /ws/{client_id}?since=&topics=&token=} upgrade request into a subscription
 * request, or refuses it: 400 for a bad client id, since or topic, 401 for a missing or wrong
 * subscribe token ({@code ?token=} or {@code Authorization: Bearer}).
 *
 * <p>Helidon does not hand path parameters to a WebSocket listener, so the client id is the last
 * segment of the decoded request path.
 */
final class Handshake {
    private static final String BEARER = "Bearer ";
    private static final int MAX_SEQ_DIGITS = 18;

    private final AccessPolicy access;

    Handshake(AccessPolicy access) {
        this.access = access;
    }

    /** The subscription the handshake asks for; throws the refusal otherwise. */
    SubscriptionRequest accept(HttpPrologue prologue, Headers headers) throws RequestException {
        ClientId client;
        try {
            client = new ClientId(lastSegment(prologue.uriPath().path()));
        } catch (InvalidValueException e) {
            throw Refusal.badRequest(e.getMessage(), prologue, headers);
        }
        UriQuery query = prologue.query();
        if (!access.maySubscribe(token(query, headers))) {
            throw Refusal.unauthorized(prologue, headers);
        }
        return new SubscriptionRequest(client, topics(query, prologue, headers), since(query, prologue, headers));
    }

    private static String lastSegment(String path) {
        int end = path.endsWith("/") ? path.length() - 1 : path.length();
        return path.substring(path.lastIndexOf('/', end - 1) + 1, end);
    }

    private static String token(UriQuery query, Headers headers) {
        String authorization = headers.first(HeaderNames.AUTHORIZATION).orElse(null);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return authorization.substring(BEARER.length()).strip();
        }
        return query.first("token").orElse(null);
    }

    private static OptionalLong since(UriQuery query, HttpPrologue prologue, Headers headers) {
        if (!query.contains("since")) {
            return OptionalLong.empty();
        }
        String value = query.get("since");
        if (value.isEmpty() || value.length() > MAX_SEQ_DIGITS || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw Refusal.badRequest("since: must be a non-negative integer", prologue, headers);
        }
        return OptionalLong.of(Long.parseLong(value));
    }

    private static Set<Topic> topics(UriQuery query, HttpPrologue prologue, Headers headers) {
        List<String> values = query.all("topics", List::of);
        Set<Topic> topics = new HashSet<>();
        for (String value : values) {
            for (String name : value.split(",", -1)) {
                String trimmed = name.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                try {
                    topics.add(new Topic(trimmed));
                } catch (InvalidValueException e) {
                    throw Refusal.badRequest(e.getMessage(), prologue, headers);
                }
            }
        }
        return topics;
    }
}
