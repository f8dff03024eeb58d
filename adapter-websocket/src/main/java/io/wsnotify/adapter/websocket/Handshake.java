package io.wsnotify.adapter.websocket;

import io.helidon.common.uri.UriQuery;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.http.RequestException;
import io.wsnotify.application.AccessPolicy;
import io.wsnotify.application.access.AccessDecision;
import io.wsnotify.application.access.AccessRequest;
import io.wsnotify.application.live.SubscriptionRequest;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.InvalidValueException;
import io.wsnotify.domain.Topic;
import io.wsnotify.wire.BearerToken;
import io.wsnotify.wire.WireValues;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads a {@code /ws/{client_id}?since=&topics=&token=} upgrade request into a subscription
 * request, or refuses it: 400 for a bad client id, since or topic; what the access policy decides
 * for the token presented ({@code ?token=} or {@code Authorization: Bearer}): 401 for a missing or
 * refused token, 403 for a signed token of another subject, without the scope, or not allowed the
 * topics asked for. A signed token's topics are the default, and its subject alone receives what
 * is addressed to it.
 *
 * <p>The client id is the segment after {@code /ws/} of the decoded request path.
 */
final class Handshake {
    private final AccessPolicy access;

    Handshake(AccessPolicy access) {
        this.access = access;
    }

    /** The subscription the handshake asks for; throws the refusal otherwise. */
    SubscriptionRequest accept(HttpPrologue prologue, Headers headers) throws RequestException {
        ClientId client;
        try {
            client = new ClientId(WebSocketPath.clientId(prologue.uriPath().path()));
        } catch (InvalidValueException e) {
            throw Refusal.badRequest(e.getMessage(), prologue, headers);
        }
        UriQuery query = prologue.query();
        Set<Topic> topics = topics(query, prologue, headers);
        OptionalLong since = since(query, prologue, headers);
        AccessDecision decision = access.decide(token(query, headers), AccessRequest.subscribe(client, topics));
        if (!(decision instanceof AccessDecision.Allowed allowed)) {
            throw Refusal.refused(decision, prologue, headers);
        }
        return new SubscriptionRequest(allowed.client(), allowed.topics(), since, allowed.visibility());
    }

    private static String token(UriQuery query, Headers headers) {
        return BearerToken.presented(
                headers.first(HeaderNames.AUTHORIZATION).orElse(null),
                query.first("token").orElse(null));
    }

    private static OptionalLong since(UriQuery query, HttpPrologue prologue, Headers headers) {
        String value = single(query, "since", prologue, headers);
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(WireValues.seq("since", value));
        } catch (InvalidValueException e) {
            throw Refusal.badRequest(e.getMessage(), prologue, headers);
        }
    }

    private static Set<Topic> topics(UriQuery query, HttpPrologue prologue, Headers headers) {
        try {
            return WireValues.topics(single(query, "topics", prologue, headers));
        } catch (InvalidValueException e) {
            throw Refusal.badRequest(e.getMessage(), prologue, headers);
        }
    }

    /** The parameter's value, null when absent; given twice it is refused, as on every HTTP route. */
    private static String single(UriQuery query, String name, HttpPrologue prologue, Headers headers) {
        List<String> values = query.all(name, List::of);
        if (values.size() > 1) {
            throw Refusal.badRequest(name + ": must be given at most once", prologue, headers);
        }
        return values.isEmpty() ? null : values.getFirst();
    }
}
