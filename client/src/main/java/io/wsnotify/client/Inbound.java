package io.wsnotify.client;

/** What the callback thread hands to the application, in the order it happened. */
sealed interface Inbound permits Inbound.Delivered, Inbound.GapFound, Inbound.StatusChanged, Inbound.Failed {
    /** A notification, past the duplicate check. */
    record Delivered(Notification notification) implements Inbound {}

    /** A {@code replay.truncated} or {@code replay.reset} frame. */
    record GapFound(Gap gap) implements Inbound {}

    /** A connection event, for diagnostics. */
    record StatusChanged(ConnectionEvent event) implements Inbound {}

    /** A failure that stopped the client (a 401 or 403 at a reconnect). */
    record Failed(NotifyException error) implements Inbound {}
}
