package io.wsnotify.application.live;

import io.wsnotify.domain.Notification;

/** Hands a committed notification to the live subscribers of this node; returns how many it reached. */
@FunctionalInterface
public interface Publication {
    int publish(Notification notification);
}
