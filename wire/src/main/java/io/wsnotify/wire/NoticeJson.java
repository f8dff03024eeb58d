package io.wsnotify.wire;

import io.wsnotify.application.live.StreamNotice;

import java.time.ZoneId;

/**
 * The JSON of a stream notice (DESIGN §5): the envelope's seed fields, {@code "topic": "system"},
 * {@code "event": "replay.truncated"} or {@code "replay.reset"}, the seqs at top level and again in
 * {@code data}. No {@code seq}: a notice is about the stream, not an entry of the log.
 */
final class NoticeJson {
    private final ZoneId zone;

    NoticeJson(ZoneId zone) {
        this.zone = zone;
    }

    String render(StreamNotice notice) {
        boolean reset = notice.kind() == StreamNotice.Kind.RESET;
        StringBuilder out = new StringBuilder(320);
        JsonWriter json = new JsonWriter(out).beginObject()
                .field("id", notice.id())
                .field("message", message(notice))
                .field("url", null)
                .field("date", Timestamps.seedDate(notice.timestamp(), zone))
                .field("type", reset ? "WARNING" : "ALERT")
                .field("timestamp", Timestamps.iso(notice.timestamp()))
                .field("topic", "system")
                .field("event", reset ? "replay.reset" : "replay.truncated")
                .field("since", notice.since())
                .field("oldest_seq", notice.oldestSeq())
                .field("newest_seq", notice.newestSeq());
        out.append(",\"data\":");
        new JsonWriter(out).beginObject()
                .field("since", notice.since())
                .field("oldest_seq", notice.oldestSeq())
                .field("newest_seq", notice.newestSeq())
                .endObject();
        json.endObject();
        return out.toString();
    }

    private static String message(StreamNotice notice) {
        return notice.kind() == StreamNotice.Kind.RESET
                ? "Seq " + notice.since() + " is newer than the log (newest " + notice.newestSeq() + "): reload your state"
                : "Notifications after seq " + notice.since() + " were pruned; replay starts at seq " + notice.oldestSeq();
    }
}
