package io.wsnotify.application.live;

import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.Notification;
import java.time.Duration;

/** What the other use cases need to know of live delivery on this node. */
public interface LiveView {
    /** How many connections of this node receive {@code notification} (DESIGN §3, POST /notify). */
    int recipientsOf(Notification notification);

    /** The seq of the newest notification this node's follower has read. */
    long followedSeq();

    /** Waits (at most {@code timeout}) until the follower has read up to {@code seq}; true if it has. */
    boolean awaitFollowed(long seq, Duration timeout) throws InterruptedException;

    /** This node pruned the log to {@code bounds}: resumes from before it are truncated from now on. */
    void pruned(LogBounds bounds);
}
