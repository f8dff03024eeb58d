package io.wsnotify.adapter.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.wsnotify.application.NotificationUseCases;
import io.wsnotify.application.Snapshot;
import io.wsnotify.application.json.EnvelopeJson;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.Topic;

import java.util.List;
import java.util.Set;

/**
 * REST resource {@code /notifications}: the log, oldest first, after {@code ?since=} (default 0),
 * filtered by {@code ?topics=a,b}, at most {@code ?limit=} (1–1000, default 100). Notifications
 * targeted at a client are included only for {@code ?client_id=} of that client. Seqs and topic
 * lists follow the core's rules ({@link LogQuery#parseSeq}, {@link Topic#parseList}), shared
 * with the other transports.
 */
final class NotificationHttpService implements HttpService {
    private final NotificationUseCases notifications;
    private final EnvelopeJson envelopes;

    NotificationHttpService(NotificationUseCases notifications, EnvelopeJson envelopes) {
        this.notifications = notifications;
        this.envelopes = envelopes;
    }

    @Override
    public void routing(HttpRules rules) {
        ResourceRoute.at(ApiPaths.NOTIFICATIONS).get(this::read).registerOn(rules);
    }

    private void read(ServerRequest req, ServerResponse res) {
        QueryParams query = QueryParams.of(req);
        long since = query.parsed("since", text -> LogQuery.parseSeq("since", text)).orElse(0L);
        Set<Topic> topics = query.parsed("topics", Topic::parseList).orElse(Set.of());
        int limit = (int) query.number("limit", 1, LogQuery.MAX_LIMIT, LogQuery.DEFAULT_LIMIT);
        ClientId client = query.parsed("client_id", ClientId::new).orElse(null);
        LogQuery logQuery = new LogQuery(since, topics, client, limit);
        Snapshot<List<Notification>> snapshot = notifications.read(logQuery);
        JsonResponses.snapshot(res, envelopes.renderAll(snapshot.value()), snapshot.seq());
    }
}
