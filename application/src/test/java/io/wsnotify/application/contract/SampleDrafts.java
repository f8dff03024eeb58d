package io.wsnotify.application.contract;

import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.JsonText;
import io.wsnotify.domain.NotificationDraft;
import io.wsnotify.domain.NotificationType;
import io.wsnotify.domain.Topic;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Notification drafts for contract tests: unique ids, millisecond timestamps, chosen topic/target/time. */
public final class SampleDrafts {
    /** A fixed moment with milliseconds, as the core stores them. */
    public static final Instant T0 = Instant.parse("2026-11-27T10:42:07.123Z");

    private static final AtomicLong NEXT_ID = new AtomicLong();

    private SampleDrafts() {}

    public static NotificationDraft draft(String message) {
        return draft(message, Topic.CUSTOM, null, T0);
    }

    public static NotificationDraft onTopic(Topic topic) {
        return draft("on " + topic, topic, null, T0);
    }

    public static NotificationDraft to(ClientId client) {
        return draft("for " + client, Topic.CUSTOM, client, T0);
    }

    public static NotificationDraft at(Instant timestamp) {
        return draft("at " + timestamp, Topic.CUSTOM, null, timestamp);
    }

    public static NotificationDraft draft(String message, Topic topic, ClientId to, Instant timestamp) {
        return new NotificationDraft(
                "n-" + NEXT_ID.incrementAndGet(),
                message,
                "/tasks/1",
                NotificationType.INFO,
                topic,
                "custom",
                timestamp,
                new JsonText("{\"n\":1}"),
                to,
                Map.of());
    }
}
