package io.wsnotify.application.live;

import io.wsnotify.domain.Notification;

/**
 * Renders what a live stream carries into the form the transports write: the wire format is
 * theirs (DESIGN §2), the core only decides what goes to whom and when. The follower renders each
 * notification once for every connection of the node; a notice is rendered for one connection.
 *
 * <p>Called from the core's follower and replay threads: must be thread-safe and must not block.
 *
 * @param <F> the rendered frame
 */
public interface FrameRenderer<F> {
    F render(Notification notification);

    F render(StreamNotice notice);

    /** The frame's size in bytes, for the per-connection bounds. */
    int size(F frame);
}
