package io.wsnotify.adapter.http;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.wsnotify.application.NotificationUseCases;
import io.wsnotify.application.Recorded;
import io.wsnotify.domain.Notification;
import io.wsnotify.wire.EnvelopeJson;

/**
 * REST resource {@code /notify}: publishes a custom notification and answers 202 with the
 * envelope as stored plus {@code "recipients"}, the live connections it was queued for.
 */
final class NotifyHttpService implements HttpService {
    private final NotificationUseCases notifications;
    private final EnvelopeJson envelopes;

    NotifyHttpService(NotificationUseCases notifications, EnvelopeJson envelopes) {
        this.notifications = notifications;
        this.envelopes = envelopes;
    }

    @Override
    public void routing(HttpRules rules) {
        ResourceRoute.at(ApiPaths.NOTIFY).post(this::publish).registerOn(rules);
    }

    private void publish(ServerRequest req, ServerResponse res) {
        Recorded<Notification> published = notifications.publish(NotifyRequest.from(JsonBody.required(req)));
        JsonResponses.send(
                res, Status.ACCEPTED_202, envelopes.renderPublished(published.value(), published.recipients()));
    }
}
