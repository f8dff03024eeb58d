package io.wsnotify.application.live;

import java.time.Instant;

/**
 * A notice that opens a resumed stream instead of a notification (DESIGN §5): the log no longer
 * holds everything after {@code since} ({@link Kind#TRUNCATED}), or {@code since} is newer than
 * anything the log ever held ({@link Kind#RESET}: the database was replaced). Notices are about the
 * stream, not entries of the log, and carry no seq.
 *
 * @param kind      which notice
 * @param id        a unique id, like a notification's
 * @param timestamp when it was made
 * @param since     the position the client asked to resume after
 * @param oldestSeq the oldest seq the log still holds (for an empty log, the next it will assign)
 * @param newestSeq the newest seq the log ever assigned
 */
public record StreamNotice(Kind kind, String id, Instant timestamp, long since, long oldestSeq, long newestSeq) {
    /** The notices a stream may open with. */
    public enum Kind {
        /** Notifications after {@code since} were pruned: replay starts at {@code oldestSeq}. */
        TRUNCATED,
        /** {@code since} is newer than the log: the client must reload its state. */
        RESET
    }

    /** The position the stream goes on from after this notice. */
    public long resumeAfter() {
        return kind == Kind.RESET ? newestSeq : oldestSeq - 1;
    }
}
