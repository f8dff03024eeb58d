package io.wsnotify.application;

import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.InvalidValueException;
import io.wsnotify.domain.JsonText;
import io.wsnotify.domain.NotificationDraft;
import io.wsnotify.domain.NotificationType;
import io.wsnotify.domain.Topic;
import java.util.Map;

/**
 * Command: publish a custom notification (POST /notify). Every field is optional: {@code message}
 * may be null (a publisher that sends only its own fields) but not empty; type defaults to INFO
 * and topic to {@code custom}; {@code extra} fields pass through unchanged.
 */
public record CustomNotification(
        String message,
        NotificationType type,
        String url,
        Topic topic,
        ClientId to,
        JsonText data,
        Map<String, JsonText> extra) {
    public CustomNotification {
        NotificationDraft.checkedMessage(message);
        if (Topic.SYSTEM.equals(topic)) {
            throw new InvalidValueException("topic", "'system' is reserved for the server's own stream frames");
        }
        extra = extra == null ? Map.of() : extra;
    }
}
