package io.wsnotify.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wsnotify.application.live.StreamNotice;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The system frames byte for byte: clients and the acceptance tests compare them. */
class NoticeJsonTest {
    private static final Instant AT = Instant.parse("2026-11-27T10:42:07.123Z");
    private final NoticeJson json = new NoticeJson(ZoneOffset.UTC);

    @Test
    void rendersReplayTruncated() {
        assertEquals(
                "{\"id\":\"n1\",\"message\":\"Notifications after seq 5 were pruned; replay starts at seq 9\","
                        + "\"url\":null,\"date\":\"2026-11-27 10:42\",\"type\":\"ALERT\","
                        + "\"timestamp\":\"2026-11-27T10:42:07.123Z\","
                        + "\"topic\":\"system\",\"event\":\"replay.truncated\",\"since\":5,\"oldest_seq\":9,\"newest_seq\":20,"
                        + "\"data\":{\"since\":5,\"oldest_seq\":9,\"newest_seq\":20}}",
                json.render(new StreamNotice(StreamNotice.Kind.TRUNCATED, "n1", AT, 5, 9, 20)));
    }

    @Test
    void rendersReplayReset() {
        assertEquals(
                "{\"id\":\"n2\",\"message\":\"Seq 50 is newer than the log (newest 20): reload your state\","
                        + "\"url\":null,\"date\":\"2026-11-27 10:42\",\"type\":\"WARNING\","
                        + "\"timestamp\":\"2026-11-27T10:42:07.123Z\","
                        + "\"topic\":\"system\",\"event\":\"replay.reset\",\"since\":50,\"oldest_seq\":9,\"newest_seq\":20,"
                        + "\"data\":{\"since\":50,\"oldest_seq\":9,\"newest_seq\":20}}",
                json.render(new StreamNotice(StreamNotice.Kind.RESET, "n2", AT, 50, 9, 20)));
    }
}
