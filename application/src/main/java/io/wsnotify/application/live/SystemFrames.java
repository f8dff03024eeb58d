package io.wsnotify.application.live;

import io.wsnotify.application.json.JsonWriter;
import io.wsnotify.application.json.Timestamps;
import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.port.IdGenerator;

import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;

/**
 * The two {@code topic: system} frames that may open a resumed stream. They carry no seq: they
 * are about the stream, not entries of the log.
 */
public final class SystemFrames {
    private final InstantSource clock;
    private final IdGenerator ids;
    private final ZoneId zone;

    public SystemFrames(InstantSource clock, IdGenerator ids, ZoneId zone) {
        this.clock = clock;
        this.ids = ids;
        this.zone = zone;
    }

    /** {@code replay.truncated} (since is older than the log) or {@code replay.reset} (newer). */
    public String render(String event, long since, LogBounds bounds) {
        boolean reset = event.equals("replay.reset");
        long oldest = bounds.oldest() == 0 ? bounds.newest() + 1 : bounds.oldest();
        String message = reset
                ? "Seq " + since + " is newer than the log (newest " + bounds.newest() + "): reload your state"
                : "Notifications after seq " + since + " were pruned; replay starts at seq " + oldest;
        Instant now = clock.instant();
        StringBuilder out = new StringBuilder(256);
        JsonWriter json = new JsonWriter(out).beginObject()
                .field("id", ids.nextId())
                .field("message", message)
                .field("url", null)
                .field("date", Timestamps.seedDate(now, zone))
                .field("type", reset ? "WARNING" : "ALERT")
                .field("timestamp", Timestamps.iso(now))
                .field("topic", "system")
                .field("event", event)
                .field("since", since)
                .field("oldest_seq", oldest)
                .field("newest_seq", bounds.newest());
        out.append(",\"data\":");
        new JsonWriter(out).beginObject()
                .field("since", since).field("oldest_seq", oldest).field("newest_seq", bounds.newest())
                .endObject();
        json.endObject();
        return out.toString();
    }
}
