package io.wsnotify.client;

import java.util.Map;

/**
 * Reads the server's text frames (DESIGN §4, §5): a frame with a {@code seq} is a notification; a
 * {@code topic: system} frame without one may announce a gap; anything else (such as
 * {@code {"op":"pong"}}) is nothing for the application.
 */
final class Frames {
    private Frames() {}

    /** The notification or gap in {@code text}, or null when it carries neither. */
    static Inbound read(String text) {
        Map<String, Object> members = FlatJson.parseObject(text);
        long seq = FlatJson.number(members, "seq", 0);
        if (seq > 0) {
            return new Inbound.Delivered(new Notification(
                    seq,
                    FlatJson.string(members, "id"),
                    FlatJson.string(members, "message"),
                    FlatJson.string(members, "type"),
                    FlatJson.string(members, "url"),
                    FlatJson.string(members, "date"),
                    FlatJson.string(members, "timestamp"),
                    FlatJson.string(members, "topic"),
                    FlatJson.string(members, "event"),
                    FlatJson.string(members, "to"),
                    text));
        }
        if (!members.containsKey("seq") && "system".equals(FlatJson.string(members, "topic"))) {
            Gap.Kind kind = Gap.Kind.ofEvent(FlatJson.string(members, "event"));
            if (kind != null) {
                return new Inbound.GapFound(new Gap(
                        kind,
                        FlatJson.number(members, "since", -1),
                        FlatJson.number(members, "oldest_seq", -1),
                        FlatJson.number(members, "newest_seq", -1),
                        text));
            }
        }
        return null;
    }
}
