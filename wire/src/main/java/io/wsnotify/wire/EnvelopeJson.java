package io.wsnotify.wire;

import io.wsnotify.domain.JsonText;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.NotificationDraft;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Renders the notification envelope of DESIGN §4: seed fields first (id, message, url, date,
 * type), then seq, timestamp, topic, event, data, to (when targeted) and pass-through fields.
 */
public final class EnvelopeJson {
    private final ZoneId zone;

    /** @param zone the server's zone, for the seed's local {@code date} field */
    public EnvelopeJson(ZoneId zone) {
        this.zone = zone;
    }

    public String render(Notification notification) {
        StringBuilder out = new StringBuilder(256);
        write(new JsonWriter(out), notification).endObject();
        return out.toString();
    }

    /**
     * The answer to a publish (POST /notify): the envelope as stored, then {@code "recipients"},
     * the live connections it was queued for.
     */
    public String renderPublished(Notification notification, int recipients) {
        StringBuilder out = new StringBuilder(272);
        write(new JsonWriter(out), notification).field("recipients", recipients).endObject();
        return out.toString();
    }

    /** A JSON array of envelopes, oldest first as given. */
    public String renderAll(List<Notification> notifications) {
        StringBuilder out = new StringBuilder(64 + notifications.size() * 256);
        JsonWriter json = new JsonWriter(out).beginArray();
        for (Notification notification : notifications) {
            write(json, notification).endObject();
        }
        json.endArray();
        return out.toString();
    }

    /** Writes the envelope's fields into an object it leaves open. */
    private JsonWriter write(JsonWriter json, Notification notification) {
        NotificationDraft n = notification.content();
        json.beginObject()
                .field("id", n.id())
                .field("message", n.message())
                .field("url", n.url())
                .field("date", Timestamps.seedDate(n.timestamp(), zone))
                .field("type", n.type().name())
                .field("seq", notification.seq())
                .field("timestamp", Timestamps.iso(n.timestamp()))
                .field("topic", n.topic().value())
                .field("event", n.event())
                .rawField("data", n.data());
        if (n.to() != null) {
            json.field("to", n.to().value());
        }
        for (Map.Entry<String, JsonText> field : n.extra().entrySet()) {
            json.rawField(field.getKey(), field.getValue());
        }
        return json;
    }
}
