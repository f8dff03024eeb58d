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
        SystemEvent event = SystemEvent.of(notice.kind());
        StringBuilder out = new StringBuilder(320);
        new JsonWriter(out)
                .beginObject()
                .field("id", notice.id())
                .field("message", event.message(notice))
                .field("url", null)
                .field("date", Timestamps.seedDate(notice.timestamp(), zone))
                .field("type", event.type())
                .field("timestamp", Timestamps.iso(notice.timestamp()))
                .field("topic", SystemEvent.TOPIC)
                .field("event", event.wireName())
                .field("since", notice.since())
                .field("oldest_seq", notice.oldestSeq())
                .field("newest_seq", notice.newestSeq())
                .beginObject("data")
                .field("since", notice.since())
                .field("oldest_seq", notice.oldestSeq())
                .field("newest_seq", notice.newestSeq())
                .endObject()
                .endObject();
        return out.toString();
    }
}
