package io.wsnotify.domain;

import java.util.Objects;
import java.util.Set;

/**
 * Which logged notifications to read: those with seq greater than {@code since}, oldest first.
 *
 * @param since      exclusive lower bound on seq (0 reads from the start)
 * @param topics     topics to include; empty means all
 * @param visibility which targeted notifications the reader may see
 * @param limit      at most this many ({@link PageLimit})
 */
public record LogQuery(long since, Set<Topic> topics, Visibility visibility, int limit) {
    public LogQuery {
        if (since < 0) {
            throw new InvalidValueException("since", "must be 0 or more");
        }
        PageLimit.checked(limit);
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        Objects.requireNonNull(visibility, "visibility");
    }

    /**
     * A query by a client that sees what is addressed to it: untargeted notifications and those
     * {@code to} that client; a null client sees untargeted ones only.
     */
    public LogQuery(long since, Set<Topic> topics, ClientId client, int limit) {
        this(since, topics, client == null ? Visibility.untargetedOnly() : Visibility.addressedTo(client), limit);
    }

    /** Whether a notification passes this query's topic and recipient filter (seq not considered). */
    public boolean admits(Notification notification) {
        return visibility.admits(topics, notification);
    }
}
