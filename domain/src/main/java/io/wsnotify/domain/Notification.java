package io.wsnotify.domain;

import java.util.Objects;

/** A notification as logged: its content and the seq the log gave it (strictly increasing, from 1). */
public record Notification(long seq, NotificationDraft content) {
    public Notification {
        if (seq < 1) {
            throw new InvalidValueException("seq", "must be positive");
        }
        Objects.requireNonNull(content, "content");
    }

    public Topic topic() {
        return content.topic();
    }

    /** Whether a subscriber with this client id may receive it (untargeted ones go to everyone). */
    public boolean isFor(ClientId client) {
        return content.to() == null || content.to().equals(client);
    }
}
