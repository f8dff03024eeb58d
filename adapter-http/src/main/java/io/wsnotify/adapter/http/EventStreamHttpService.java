package io.wsnotify.adapter.http;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.wsnotify.application.live.LiveFeed;
import io.wsnotify.application.live.SubscriptionRequest;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.InvalidValueException;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Topic;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * {@code GET /events}: the live stream as server-sent events (DESIGN §5). {@code id:} is the
 * seq; {@code Last-Event-ID} (what a reconnecting browser sends) resumes after that seq and wins
 * over {@code ?since=}; {@code ?topics=} and {@code ?client_id=} filter as on the WebSocket, by
 * the core's rules. Without a client id the stream is named {@code sse-} plus an id from the
 * generator it is given, so it sees only untargeted notifications.
 */
final class EventStreamHttpService implements HttpService {
    /** How long an ending stream may take to write its last comment before its socket is dropped. */
    static final Duration CLOSE_GRACE = Duration.ofSeconds(1);
    private static final HeaderName LAST_EVENT_ID = HeaderNames.create("Last-Event-ID");
    /** Asks nginx-style proxies not to buffer the stream. */
    private static final HeaderName NO_PROXY_BUFFERING = HeaderNames.create("X-Accel-Buffering");

    private final LiveFeed live;
    private final Duration heartbeat;
    private final Supplier<String> anonymousIds;
    private final AtomicInteger openStreams = new AtomicInteger();

    EventStreamHttpService(LiveFeed live, Duration heartbeat, Supplier<String> anonymousIds) {
        this.live = live;
        this.heartbeat = heartbeat;
        this.anonymousIds = anonymousIds;
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
        res.header(NO_PROXY_BUFFERING, "no");
        openStreams.incrementAndGet();
        try {
            new SseConnection(heartbeat, CLOSE_GRACE).serve(res, sink -> live.subscribe(request, sink));
        } finally {
            openStreams.decrementAndGet();
        }
    }

    private SubscriptionRequest subscriptionRequest(ServerRequest req) {
        QueryParams query = QueryParams.of(req);
        Optional<Long> since = query.parsed("since", text -> LogQuery.parseSeq("since", text));
        Set<Topic> topics = query.parsed("topics", Topic::parseList).orElse(Set.of());
        ClientId client = query.parsed("client_id", ClientId::new)
                .orElseGet(() -> new ClientId("sse-" + anonymousIds.get()));
        OptionalLong fromHeader = lastEventId(req);
        OptionalLong resumeAfter = fromHeader.isPresent() ? fromHeader
                : since.map(OptionalLong::of).orElse(OptionalLong.empty());
        return new SubscriptionRequest(client, topics, resumeAfter);
    }

    private static OptionalLong lastEventId(ServerRequest req) {
        Optional<String> header = req.headers().first(LAST_EVENT_ID).map(String::strip).filter(s -> !s.isEmpty());
        if (header.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(LogQuery.parseSeq("Last-Event-ID", header.get()));
        } catch (InvalidValueException e) {
            throw ProblemException.badParameter("Last-Event-ID", e.reason());
        }
    }
}
