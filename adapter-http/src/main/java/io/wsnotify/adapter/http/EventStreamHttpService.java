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

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * {@code GET /events}: the live stream as server-sent events (DESIGN §5). {@code id:} is the
 * seq; {@code Last-Event-ID} (what a reconnecting browser sends) resumes after that seq and wins
 * over {@code ?since=}; {@code ?topics=} and {@code ?client_id=} filter as on the WebSocket.
 * Without a client id the stream gets a random one, so it sees only untargeted notifications.
 */
final class EventStreamHttpService implements HttpService {
    private static final HeaderName LAST_EVENT_ID = HeaderNames.create("Last-Event-ID");
    /** Asks nginx-style proxies not to buffer the stream. */
    private static final HeaderName NO_PROXY_BUFFERING = HeaderNames.create("X-Accel-Buffering");
    private static final Pattern SEQ = Pattern.compile("[0-9]{1,18}");

    private final LiveFeed live;
    private final Duration heartbeat;
    private final AtomicInteger openStreams = new AtomicInteger();

    EventStreamHttpService(LiveFeed live, Duration heartbeat) {
        this.live = live;
        this.heartbeat = heartbeat;
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
            new SseConnection(heartbeat).serve(res, sink -> live.subscribe(request, sink));
        } finally {
            openStreams.decrementAndGet();
        }
    }

    private static SubscriptionRequest subscriptionRequest(ServerRequest req) {
        QueryParams query = QueryParams.of(req);
        long since = query.number("since", 0, Long.MAX_VALUE, -1);
        ClientId client = query.parsed("client_id", ClientId::new)
                .orElseGet(() -> new ClientId("sse-" + UUID.randomUUID()));
        OptionalLong fromHeader = lastEventId(req);
        OptionalLong resumeAfter = fromHeader.isPresent() ? fromHeader
                : since < 0 ? OptionalLong.empty() : OptionalLong.of(since);
        return new SubscriptionRequest(client, TopicList.parse(query), resumeAfter);
    }

    private static OptionalLong lastEventId(ServerRequest req) {
        Optional<String> header = req.headers().first(LAST_EVENT_ID).map(String::strip).filter(s -> !s.isEmpty());
        if (header.isEmpty()) {
            return OptionalLong.empty();
        }
        if (!SEQ.matcher(header.get()).matches()) {
            throw ProblemException.badParameter("Last-Event-ID", "must be a seq: a whole number 0 or more");
        }
        return OptionalLong.of(Long.parseLong(header.get()));
    }
}
