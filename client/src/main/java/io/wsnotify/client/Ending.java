package io.wsnotify.client;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a live connection ended: a close frame from the server (its code and reason), a failure, a
 * silent server, or the client itself closing.
 *
 * @param code   the close code, or -1 when there was no close frame
 * @param reason the close reason, or a description of the failure
 */
record Ending(int code, String reason) {
    /** Close code of a server that is stopping (or that stopped hearing the client). */
    static final int GOING_AWAY = 1001;
    /** Close code of a slow consumer: the server's queue for it overflowed. */
    static final int TRY_AGAIN_LATER = 1013;
    /** Close code the JDK reports for a connection that ended without a close frame. */
    static final int ABNORMAL = 1006;

    private static final Pattern NAMED_SEQ = Pattern.compile("since=(\\d{1,18})(?!\\d)");

    static Ending closed(int code, String reason) {
        if (code == ABNORMAL && (reason == null || reason.isEmpty())) {
            return new Ending(code, "connection dropped without a close frame");
        }
        return new Ending(code, reason == null ? "" : reason);
    }

    static Ending failed(Throwable failure) {
        String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new Ending(-1, "connection lost: " + text);
    }

    static Ending silent(Duration idle, Duration timeout) {
        return new Ending(
                -1,
                "server silent: no frame for " + idle.toMillis() + " ms, nor an answer to a ping within "
                        + timeout.toMillis() + " ms");
    }

    /**
     * The seq the server's close reason names ({@code "slow consumer; resume with since=N"}); read
     * tolerantly: any {@code since=} followed by digits counts, and without one there is none.
     */
    OptionalLong namedSeq() {
        Matcher matcher = NAMED_SEQ.matcher(reason);
        return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }

    /** A slow-consumer or going-away close asks for an immediate resume, without backoff. */
    boolean resumeAtOnce() {
        return code == TRY_AGAIN_LATER || code == GOING_AWAY;
    }

    /** For diagnostics: {@code 1013 slow consumer; resume with since=41}. */
    String describe() {
        return code < 0 ? reason : (code + (reason.isEmpty() ? "" : " " + reason));
    }
}
