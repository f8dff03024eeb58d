package io.wsnotify.adapter.http;

import io.wsnotify.application.CustomNotification;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.JsonText;
import io.wsnotify.domain.NotificationDraft;
import io.wsnotify.domain.NotificationType;
import io.wsnotify.domain.Topic;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of POST /notify (DESIGN §4) as a {@link CustomNotification}: {@code message}
 * (required, non-empty), {@code type}, {@code url}, {@code topic}, {@code to}, {@code data} (any
 * JSON). Other top-level fields pass through in their order; envelope fields the server owns
 * ({@code id}, {@code seq}, {@code date}, {@code timestamp}, {@code event}, and {@code recipients}
 * of the 202 answer: the core's {@link NotificationDraft#RESERVED_FIELDS}) are ignored when sent.
 */
final class NotifyRequest {
    private NotifyRequest() {
    }

    static CustomNotification from(JsonObject body) {
        FieldErrors errors = new FieldErrors();
        JsonFields fields = new JsonFields(body, errors);
        String message = fields.requiredString("message");
        if (message != null && message.isEmpty()) {
            errors.add("message", "must be a non-empty string");
        }
        String type = fields.string("type");
        String url = fields.string("url");
        String topic = fields.string("topic");
        String to = fields.string("to");
        NotificationType notificationType = type == null ? null
                : errors.parse("type", () -> NotificationType.fromWire(type));
        Topic notificationTopic = topic == null ? null : errors.parse("topic", () -> new Topic(topic));
        ClientId recipient = to == null ? null : errors.parse("to", () -> new ClientId(to));
        errors.throwIfAny();
        return new CustomNotification(message, notificationType, url, notificationTopic, recipient,
                data(body.get("data")), passThrough(body));
    }

    private static JsonText data(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : new JsonText(value.toString());
    }

    private static Map<String, JsonText> passThrough(JsonObject body) {
        Map<String, JsonText> extra = new LinkedHashMap<>();
        body.forEach((name, value) -> {
            if (!NotificationDraft.RESERVED_FIELDS.contains(name)) {
                extra.put(name, new JsonText(value.toString()));
            }
        });
        return extra;
    }
}
