package io.wsnotify.wire;

import io.wsnotify.application.live.StreamNotice;

/**
 * The system frames a resumed stream may open with (DESIGN §5), as the wire names them: the
 * {@code event} and {@code type} of each and the sentence it says.
 */
enum SystemEvent {
    /** Notifications after {@code since} were pruned. */
    REPLAY_TRUNCATED("replay.truncated", "ALERT"),
    /** {@code since} is newer than the log. */
    REPLAY_RESET("replay.reset", "WARNING");

    /** Every system frame has this topic (and no seq). */
    static final String TOPIC = "system";

    private final String wireName;
    private final String type;

    SystemEvent(String wireName, String type) {
        this.wireName = wireName;
        this.type = type;
    }

    static SystemEvent of(StreamNotice.Kind kind) {
        return switch (kind) {
            case TRUNCATED -> REPLAY_TRUNCATED;
            case RESET -> REPLAY_RESET;
        };
    }

    /** The {@code event} field. */
    String wireName() {
        return wireName;
    }

    /** The {@code type} field (the envelope's notification type). */
    String type() {
        return type;
    }

    /** The {@code message} field for {@code notice}. */
    String message(StreamNotice notice) {
        return switch (this) {
            case REPLAY_TRUNCATED ->
                "Notifications after seq " + notice.since() + " were pruned; replay starts at seq "
                        + notice.oldestSeq();
            case REPLAY_RESET ->
                "Seq " + notice.since() + " is newer than the log (newest " + notice.newestSeq()
                        + "): reload your state";
        };
    }
}
