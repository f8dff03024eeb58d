package io.wsnotify.adapter.http;

import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.InvalidValueException;
import io.wsnotify.wire.WireValues;

/**
 * {@code HEAD /events}: the head a GET would get, without opening the stream. The request is
 * checked as the GET checks it ({@code ?since=}, {@code ?topics=}, {@code ?client_id=},
 * {@code Last-Event-ID}, an {@code Accept} that allows {@code text/event-stream}), so a bad one
 * gets the same problem status; a good one gets 200 with the stream's headers and no length.
 */
final class EventStreamHead implements Handler {
    @Override
    public void handle(ServerRequest req, ServerResponse res) {
        req.context().register(new MatchedRoute(ApiPaths.EVENTS));
        QueryParams query = QueryParams.of(req);
        query.parsed("since", text -> WireValues.seq("since", text));
        query.parsed("topics", WireValues::topics);
        query.parsed("client_id", ClientId::new);
        req.headers()
                .first(HeaderNames.create("Last-Event-ID"))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .ifPresent(EventStreamHead::checkLastEventId);
        if (!req.headers().isAccepted(MediaTypes.TEXT_EVENT_STREAM)) {
            throw new HttpException("Unable to find sink provider for request", Status.NOT_ACCEPTABLE_406);
        }
        res.headers().contentType(MediaTypes.TEXT_EVENT_STREAM);
        res.header(HeaderNames.CACHE_CONTROL, "no-cache");
        res.header(HeaderNames.create("X-Accel-Buffering"), "no");
        req.context().get(HeadAnswer.class).ifPresent(HeadAnswer::isStream);
        res.send();
    }

    private static void checkLastEventId(String id) {
        try {
            WireValues.seq("Last-Event-ID", id);
        } catch (InvalidValueException e) {
            throw ProblemException.badParameter("Last-Event-ID", e.reason());
        }
    }
}
