package io.wsnotify.application;

import io.wsnotify.domain.Notification;

/**
 * The outcome of a change: its result, the notification logged with it (null when the change
 * needed none) and how many live connections that notification was queued for.
 */
public record Recorded<T>(T value, Notification notification, int recipients) {}
