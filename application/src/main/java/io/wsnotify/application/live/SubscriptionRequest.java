package io.wsnotify.application.live;

import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.Topic;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What a connecting client asks for.
 *
 * @param client who it is (targeted notifications reach all its connections)
 * @param topics topics it wants; empty means all
 * @param since  replay everything after this seq first; empty starts live
 */
public record SubscriptionRequest(ClientId client, Set<Topic> topics, OptionalLong since) {
    public SubscriptionRequest {
        Objects.requireNonNull(client, "client");
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        since = since == null ? OptionalLong.empty() : since;
        if (since.isPresent() && since.getAsLong() < 0) {
            throw new io.wsnotify.domain.InvalidValueException("since", "must be 0 or more");
        }
    }

    /** Whether this subscriber wants the notification (topic filter and recipient). */
    public boolean admits(Notification notification) {
        return (topics.isEmpty() || topics.contains(notification.topic())) && notification.isFor(client);
    }
}
