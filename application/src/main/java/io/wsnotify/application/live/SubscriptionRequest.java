package io.wsnotify.application.live;

import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.InvalidValueException;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.Topic;
import io.wsnotify.domain.Visibility;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What a connecting client asks for, once access is settled.
 *
 * @param client     who it says it is, or null (an SSE stream without {@code client_id})
 * @param topics     topics it wants; empty means all
 * @param since      replay everything after this seq first; empty starts live
 * @param visibility which targeted notifications it may receive
 */
public record SubscriptionRequest(ClientId client, Set<Topic> topics, OptionalLong since, Visibility visibility) {
    public SubscriptionRequest {
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        since = since == null ? OptionalLong.empty() : since;
        Objects.requireNonNull(visibility, "visibility");
        if (since.isPresent() && since.getAsLong() < 0) {
            throw new InvalidValueException("since", "must be 0 or more");
        }
    }

    /** A client that receives what is addressed to it (a self-asserted id; null sees untargeted only). */
    public SubscriptionRequest(ClientId client, Set<Topic> topics, OptionalLong since) {
        this(client, topics, since, client == null ? Visibility.untargetedOnly() : Visibility.addressedTo(client));
    }

    /** Whether this subscriber wants the notification (topic filter and recipient). */
    public boolean admits(Notification notification) {
        return visibility.admits(topics, notification);
    }
}
