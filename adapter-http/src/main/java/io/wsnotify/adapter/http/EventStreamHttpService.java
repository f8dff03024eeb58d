package io.wsnotify.adapter.http;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.wsnotify.application.AccessPolicy;
import io.wsnotify.application.access.AccessDecision;
import io.wsnotify.application.access.AccessRequest;
import io.wsnotify.application.live.ConnectionLimit;
import io.wsnotify.application.live.LiveFeed;
import io.wsnotify.application.live.SubscriptionRequest;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.InvalidValueException;
import io.wsnotify.domain.Topic;
import io.wsnotify.wire.WireFrame;
import io.wsnotify.wire.WireValues;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code GET /events}: the live stream as server-sent events (DESIGN §5). {@code id:} is the seq
 * to resume after; {@code Last-Event-ID} (what a reconnecting browser sends) resumes after that
 * seq and wins over {@code ?since=}; {@code ?topics=} and {@code ?client_id=} filter as on the
 * WebSocket, by the core's rules. A stream without a client id receives untargeted notifications
 * only; with a signed token the client id is its subject, and only its subject receives what is
 * addressed to it (DESIGN §6). Streams count against the node's connection limit together with
 * WebSockets (503 beyond).
 */
final class EventStreamHttpService implements HttpService {
    /** How long an ending stream may take to write its last comment before its socket is dropped. */
    static final Duration CLOSE_GRACE = Duration.ofSeconds(1);

    private static final HeaderName LAST_EVENT_ID = HeaderNames.create("Last-Event-ID");
    /** Asks nginx-style proxies not to buffer the stream. */
    private static final HeaderName NO_PROXY_BUFFERING = HeaderNames.create("X-Accel-Buffering");

    private final LiveFeed<WireFrame> live;
    private final AccessPolicy access;
    private final Duration heartbeat;
    private final ConnectionLimit connections;
    private final AtomicInteger openStreams = new AtomicInteger();

    EventStreamHttpService(
            LiveFeed<WireFrame> live, AccessPolicy access, Duration heartbeat, ConnectionLimit connections) {
        this.live = live;
        this.access = access;
        this.heartbeat = heartbeat;
        this.connections = connections;
    }

    @Override
    public void routing(HttpRules rules) {
        ResourceRoute.at(ApiPaths.EVENTS).get(this::stream).registerOn(rules);
    }

    int openStreams() {
        return openStreams.get();
    }

    private void stream(ServerRequest req, ServerResponse res) {
        SubscriptionRequest request = subscriptionRequest(req);
        if (!connections.tryOpen()) {
            throw new ProblemException(
                    new Problem(503, "Too many live connections; try again later"), Map.of("Retry-After", "5"));
        }
        openStreams.incrementAndGet();
        try {
            res.header(NO_PROXY_BUFFERING, "no");
            new SseStream(CurrentConnection.of(req), heartbeat, CLOSE_GRACE)
                    .serve(res, sink -> live.subscribe(request, sink));
        } finally {
            openStreams.decrementAndGet();
            connections.closed();
        }
    }

    private SubscriptionRequest subscriptionRequest(ServerRequest req) {
        QueryParams query = QueryParams.of(req);
        Optional<Long> since = query.parsed("since", text -> WireValues.seq("since", text));
        Set<Topic> topics = query.parsed("topics", WireValues::topics).orElse(Set.of());
        ClientId client = query.parsed("client_id", ClientId::new).orElse(null);
        OptionalLong fromHeader = lastEventId(req);
        OptionalLong resumeAfter = fromHeader.isPresent()
                ? fromHeader
                : since.map(OptionalLong::of).orElse(OptionalLong.empty());
        AccessDecision.Allowed allowed = AccessRefusal.require(
                access.decide(AccessFilter.credentialOf(req), AccessRequest.subscribe(client, topics)));
        return new SubscriptionRequest(allowed.client(), allowed.topics(), resumeAfter, allowed.visibility());
    }

    private static OptionalLong lastEventId(ServerRequest req) {
        Optional<String> header =
                req.headers().first(LAST_EVENT_ID).map(String::strip).filter(s -> !s.isEmpty());
        if (header.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(WireValues.seq("Last-Event-ID", header.get()));
        } catch (InvalidValueException e) {
            throw ProblemException.badParameter("Last-Event-ID", e.reason());
        }
    }
}
