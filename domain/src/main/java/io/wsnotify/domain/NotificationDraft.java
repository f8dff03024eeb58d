package io.wsnotify.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A notification before the log has given it a seq.
 *
 * @param id        unique id (the seed used a uuid4)
 * @param message   human-readable text, never empty; null when a publisher gave none
 * @param url       path of the resource it is about, or null
 * @param type      INFO, SUCCESS, ALERT…
 * @param topic     what subscribers filter on
 * @param event     machine name of what happened ("task.created")
 * @param timestamp when it happened
 * @param data      the resource or custom payload, or null
 * @param to        deliver only to this client's connections, or null for everyone
 * @param extra     other top-level fields a publisher passed through, in their order
 */
public record NotificationDraft(
        String id,
        String message,
        String url,
        NotificationType type,
        Topic topic,
        String event,
        Instant timestamp,
        JsonText data,
        ClientId to,
        Map<String, JsonText> extra) {
    private static final Pattern EVENT = Pattern.compile("[a-z0-9._-]{1,64}");
    public static final int MAX_MESSAGE_LENGTH = 4096;
    /** Envelope fields the server owns; pass-through fields may not use these names. */
    public static final Set<String> RESERVED_FIELDS = Set.of(
            "id", "message", "url", "date", "type", "seq", "timestamp", "topic", "event", "data", "to", "recipients");

    public NotificationDraft {
        if (id == null || id.isBlank()) {
            throw new InvalidValueException("id", "must not be blank");
        }
        checkedMessage(message);
        if (message != null && message.length() > MAX_MESSAGE_LENGTH) {
            throw new InvalidValueException("message", "must be at most " + MAX_MESSAGE_LENGTH + " characters");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(timestamp, "timestamp");
        if (event == null || !EVENT.matcher(event).matches()) {
            throw new InvalidValueException("event", "must be 1-64 characters of a-z, 0-9, '.', '_' or '-'");
        }
        if (extra != null && extra.keySet().stream().anyMatch(RESERVED_FIELDS::contains)) {
            throw new InvalidValueException("extra", "must not redefine an envelope field");
        }
        extra = extra == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** A notification for every subscriber, with no pass-through fields (the server's own changes). */
    public static NotificationDraft forEveryone(
            String id,
            String message,
            String url,
            NotificationType type,
            Topic topic,
            String event,
            Instant timestamp,
            JsonText data) {
        return new NotificationDraft(id, message, url, type, topic, event, timestamp, data, null, Map.of());
    }

    /** This draft with {@code extra} as its pass-through fields (a store adds them once read). */
    public NotificationDraft withExtra(Map<String, JsonText> extra) {
        return new NotificationDraft(id, message, url, type, topic, event, timestamp, data, to, extra);
    }

    /**
     * The one rule for a message wherever one arrives: none (null) is fine, an empty one is refused.
     *
     * @return {@code message}
     */
    public static String checkedMessage(String message) {
        if (message != null && message.isEmpty()) {
            throw new InvalidValueException("message", "must be a non-empty string");
        }
        return message;
    }
}
