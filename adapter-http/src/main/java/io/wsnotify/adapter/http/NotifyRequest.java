package io.wsnotify.adapter.http;

import io.wsnotify.application.CustomNotification;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.JsonText;
import io.wsnotify.domain.NotificationDraft;
import io.wsnotify.domain.NotificationType;
import io.wsnotify.domain.Topic;
import io.wsnotify.wire.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of POST /notify (DESIGN §4) as a {@link CustomNotification}: any JSON object, as the
 * seed took. {@code message} is optional (a non-empty string when present), then {@code type},
 * {@code url}, {@code topic}, {@code to}, {@code data} (any JSON). Other top-level fields pass
 * through in their order, each exactly as posted (numbers keep their text). Envelope fields the
 * server owns ({@code id}, {@code seq}, {@code date}, {@code timestamp}, {@code event}, and
 * {@code recipients} of the 202 answer: the core's {@link NotificationDraft#RESERVED_FIELDS}) are
 * ignored when sent.
 */
final class NotifyRequest {
    private NotifyRequest() {}

    static CustomNotification from(JsonObject body) {
        FieldErrors errors = new FieldErrors();
        JsonFields fields = new JsonFields(body, errors);
        String message = fields.string("message");
        errors.parse("message", () -> NotificationDraft.checkedMessage(message));
        String type = fields.string("type");
        String url = fields.string("url");
        String topic = fields.string("topic");
        String to = fields.string("to");
        NotificationType notificationType =
                type == null ? null : errors.parse("type", () -> NotificationType.fromWire(type));
        Topic notificationTopic = topic == null ? null : errors.parse("topic", () -> new Topic(topic));
        ClientId recipient = to == null ? null : errors.parse("to", () -> new ClientId(to));
        errors.throwIfAny();
        String data = fields.raw("data");
        return new CustomNotification(
                message,
                notificationType,
                url,
                notificationTopic,
                recipient,
                data == null ? null : new JsonText(data),
                passThrough(body));
    }

    private static Map<String, JsonText> passThrough(JsonObject body) {
        Map<String, JsonText> extra = new LinkedHashMap<>();
        body.members().forEach((name, value) -> {
            if (!NotificationDraft.RESERVED_FIELDS.contains(name)) {
                extra.put(name, new JsonText(value.text()));
            }
        });
        return extra;
    }
}
