package io.wsnotify.client;

import java.util.Objects;
import java.util.function.Consumer;

/** The application's callbacks, all run on the client's one callback thread. */
record Callbacks(
        Consumer<Notification> notification,
        Consumer<Gap> gap,
        Consumer<ConnectionEvent> connection,
        Consumer<NotifyException> error) {
    Callbacks {
        Objects.requireNonNull(notification, "onNotification");
        Objects.requireNonNull(gap, "onGap");
        Objects.requireNonNull(connection, "onConnection");
        Objects.requireNonNull(error, "onError");
    }

    static Callbacks none() {
        return new Callbacks(n -> {}, g -> {}, e -> {}, e -> {});
    }
}
