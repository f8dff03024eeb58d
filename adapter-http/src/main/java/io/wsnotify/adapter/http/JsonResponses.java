package io.wsnotify.adapter.http;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;

/** Sends JSON rendered by the core as {@code application/json}; reads carry {@code Notify-Seq}. */
final class JsonResponses {
    /** The newest notification seq visible to the read that produced the body. */
    static final HeaderName NOTIFY_SEQ = HeaderNames.create("Notify-Seq");

    private JsonResponses() {}

    static void send(ServerResponse res, Status status, String json) {
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A 200 read of a resource or collection, with the snapshot's seq. */
    static void snapshot(ServerResponse res, String json, long seq) {
        res.header(NOTIFY_SEQ, Long.toString(seq));
        send(res, Status.OK_200, json);
    }
}
