package io.wsnotify.domain;

import java.util.Objects;
import java.util.Set;

/**
 * Which targeted notifications a reader may see (untargeted ones are for everyone): none, those
 * addressed to one client, or all of them (the log's own follower, and readers acting for the
 * application).
 */
public sealed interface Visibility {
    /** Whether a reader with this visibility may see {@code notification}. */
    boolean admits(Notification notification);

    /**
     * Whether a reader with this visibility who asked for {@code topics} (empty: all) gets
     * {@code notification}: the one filter of log reads and live subscriptions.
     */
    default boolean admits(Set<Topic> topics, Notification notification) {
        return (topics.isEmpty() || topics.contains(notification.topic())) && admits(notification);
    }

    /** Untargeted notifications only. */
    static Visibility untargetedOnly() {
        return UntargetedOnly.INSTANCE;
    }

    /** Untargeted notifications and those addressed to {@code client}. */
    static Visibility addressedTo(ClientId client) {
        return new AddressedTo(client);
    }

    /** Every notification, whoever it is addressed to. */
    static Visibility everything() {
        return Everything.INSTANCE;
    }

    /** Untargeted only. */
    enum UntargetedOnly implements Visibility {
        INSTANCE;

        @Override
        public boolean admits(Notification notification) {
            return notification.content().to() == null;
        }
    }

    /** Untargeted, and targeted at {@code client}. */
    record AddressedTo(ClientId client) implements Visibility {
        public AddressedTo {
            Objects.requireNonNull(client, "client");
        }

        @Override
        public boolean admits(Notification notification) {
            return notification.isFor(client);
        }
    }

    /** All. */
    enum Everything implements Visibility {
        INSTANCE;

        @Override
        public boolean admits(Notification notification) {
            return true;
        }
    }
}
