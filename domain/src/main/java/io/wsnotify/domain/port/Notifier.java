package io.wsnotify.domain.port;

import io.wsnotify.domain.Notification;

/**
 * Driven port: hands a committed notification to live subscribers.
 *
 * <p>Called once per notification, after its commit and in seq order. Implementations only
 * enqueue: they must never block on a subscriber.
 */
public interface Notifier {
    /** Queues the notification for every live subscriber it is for; returns how many. */
    int publish(Notification notification);
}
