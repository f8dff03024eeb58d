package io.wsnotify.wire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Server-sent events as {@code /events} writes them: {@code id:} (the seq to resume after) and one
 * {@code data:} line of JSON, or a comment line. JSON from our writers never holds a raw line
 * break (they are escaped), so one data line is enough.
 */
public final class SseEvents {
    private SseEvents() {}

    /** {@code id:<id>\ndata:<json>\n\n}. */
    public static byte[] event(long id, byte[] json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + 32);
        out.writeBytes(("id:" + id + "\ndata:").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(json);
        out.writeBytes(new byte[] {'\n', '\n'});
        return out.toByteArray();
    }

    /**
     * {@code retry:<millis>\n\n}: how long a client waits before it reconnects. A stream opens with
     * it, which also puts the response head on the wire before the first event.
     */
    public static byte[] retry(long millis) {
        return ("retry:" + millis + "\n\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code :<text>\n\n}: a comment, which clients ignore (heartbeats, the reason a stream ends). */
    public static byte[] comment(String text) {
        return (":" + text.replace('\n', ' ').replace('\r', ' ') + "\n\n").getBytes(StandardCharsets.UTF_8);
    }
}
