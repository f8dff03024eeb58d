package io.wsnotify.client;

import java.util.Objects;

/**
 * The server said that a resumed stream cannot continue exactly where the client left it
 * (DESIGN §5): the {@code replay.truncated} or {@code replay.reset} system frame. The stream goes
 * on after it; the notifications it names are lost to the stream, so reload any state built from
 * them (for instance with {@link NotifyClient#get} and {@link Snapshot#includes}).
 *
 * @param kind      which of the two it is
 * @param since     the seq the client resumed from
 * @param oldestSeq the oldest seq the server's log still holds
 * @param newestSeq the newest seq in the server's log
 * @param raw       the system frame's JSON text
 */
public record Gap(Kind kind, long since, long oldestSeq, long newestSeq, String raw) {
    /** Checks that every field is present. */
    public Gap {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raw, "raw");
    }

    /** The two reasons a resume cannot be exact. */
    public enum Kind {
        /**
         * {@code replay.truncated}: the log no longer holds the notifications after {@code since} and
         * before {@code oldestSeq} (they were pruned); delivery resumes at {@code oldestSeq}.
         */
        TRUNCATED("replay.truncated"),
        /**
         * {@code replay.reset}: {@code since} is newer than anything in the log (the database was
         * replaced); delivery resumes after {@code newestSeq}, and {@link NotifyClient#lastSeq()}
         * starts again from there.
         */
        RESET("replay.reset");

        private final String event;

        Kind(String event) {
            this.event = event;
        }

        /** The kind whose system frame has this {@code event}, or null for any other event. */
        static Kind ofEvent(String event) {
            for (Kind kind : values()) {
                if (kind.event.equals(event)) {
                    return kind;
                }
            }
            return null;
        }
    }
}
