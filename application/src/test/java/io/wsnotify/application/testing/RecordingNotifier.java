package io.wsnotify.application.testing;

import io.wsnotify.domain.Notification;
import io.wsnotify.application.live.Publication;

import java.util.ArrayList;
import java.util.List;

/** A {@link Publication} that remembers what it was handed and claims a fixed number of recipients. */
public final class RecordingNotifier implements Publication {
    private final List<Notification> published = new ArrayList<>();
    private final int recipients;

    public RecordingNotifier(int recipients) {
        this.recipients = recipients;
    }

    @Override
    public synchronized int publish(Notification notification) {
        published.add(notification);
        return recipients;
    }

    public synchronized List<Notification> published() {
        return List.copyOf(published);
    }

    public synchronized Notification last() {
        return published.getLast();
    }
}
