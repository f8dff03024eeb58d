package io.wsnotify.application.live;

import io.wsnotify.domain.Notification;

/**
 * The renderer for embedders that want values, not bytes: a notification's frame is the
 * {@link Notification} itself and a notice's frame the {@link StreamNotice}. Sizes are estimates
 * (the message and data lengths), which is all the per-connection bounds need.
 */
public final class ValueFrames implements FrameRenderer<Object> {
    private static final int ENVELOPE_ESTIMATE = 256;

    @Override
    public Object render(Notification notification) {
        return notification;
    }

    @Override
    public Object render(StreamNotice notice) {
        return notice;
    }

    @Override
    public int size(Object frame) {
        if (frame instanceof Notification notification) {
            String message = notification.content().message();
            int data = notification.content().data() == null
                    ? 0
                    : notification.content().data().json().length();
            return ENVELOPE_ESTIMATE + (message == null ? 0 : message.length()) + data;
        }
        return ENVELOPE_ESTIMATE;
    }
}
