package io.wsnotify.adapter.websocket;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the few envelope fields the tests look at, without a JSON library. */
final class Frames {
    private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");
    private static final Pattern RESUME = Pattern.compile("since=(\\d+)");

    private Frames() {}

    /** The frame's seq, or -1 for a system frame (which has none). */
    static long seq(String frame) {
        Matcher matcher = SEQ.matcher(frame);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    static String string(String frame, String field) {
        Matcher matcher =
                Pattern.compile("\"" + Pattern.quote(field) + "\":\"([^\"]*)\"").matcher(frame);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The seq named by a close reason such as "slow consumer; resume with since=42". */
    static long resumeSeq(String closeReason) {
        Matcher matcher = RESUME.matcher(closeReason);
        if (!matcher.find()) {
            throw new AssertionError("no since= in close reason: " + closeReason);
        }
        return Long.parseLong(matcher.group(1));
    }
}
