package io.wsnotify.adapter.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.wsnotify.application.AccessPolicy;
import io.wsnotify.application.NotificationUseCases;
import io.wsnotify.application.Snapshot;
import io.wsnotify.application.access.AccessDecision;
import io.wsnotify.application.access.AccessRequest;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.PageLimit;
import io.wsnotify.domain.Topic;
import io.wsnotify.wire.EnvelopeJson;
import io.wsnotify.wire.WireValues;
import java.util.List;
import java.util.Set;

/**
 * REST resource {@code /notifications}: the log, oldest first, after {@code ?since=} (default 0),
 * filtered by {@code ?topics=a,b}, at most {@code ?limit=} (1–1000, default 100). Who reads as whom
 * is the {@link AccessPolicy}'s answer for {@code ?client_id=} and the topics (DESIGN §6): a signed
 * token reads as its subject ({@code client_id} defaults to it, another is 403) within its topics,
 * and targeted notifications are shown to whom the policy says. Seqs and topic lists follow the
 * wire's rules ({@link WireValues}), shared with the other transports.
 */
final class NotificationHttpService implements HttpService {
    private final NotificationUseCases notifications;
    private final EnvelopeJson envelopes;
    private final AccessPolicy access;

    NotificationHttpService(NotificationUseCases notifications, EnvelopeJson envelopes, AccessPolicy access) {
        this.notifications = notifications;
        this.envelopes = envelopes;
        this.access = access;
    }

    @Override
    public void routing(HttpRules rules) {
        ResourceRoute.at(ApiPaths.NOTIFICATIONS).get(this::read).registerOn(rules);
    }

    private void read(ServerRequest req, ServerResponse res) {
        QueryParams query = QueryParams.of(req);
        long since =
                query.parsed("since", text -> WireValues.seq("since", text)).orElse(0L);
        Set<Topic> topics = query.parsed("topics", WireValues::topics).orElse(Set.of());
        int limit = (int) query.number("limit", 1, PageLimit.MAX, PageLimit.DEFAULT);
        ClientId client = query.parsed("client_id", ClientId::new).orElse(null);
        AccessDecision.Allowed reader = AccessRefusal.require(
                access.decide(AccessFilter.credentialOf(req), AccessRequest.readLog(client, topics)));
        LogQuery logQuery = new LogQuery(since, reader.topics(), reader.visibility(), limit);
        Snapshot<List<Notification>> snapshot = notifications.read(logQuery);
        JsonResponses.snapshot(res, envelopes.renderAll(snapshot.value()), snapshot.seq());
    }
}
