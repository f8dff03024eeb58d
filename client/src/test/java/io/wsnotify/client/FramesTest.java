package io.wsnotify.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The server's frames, as DESIGN §4 and §5 (and the server's own renderers) write them. */
class FramesTest {
    private static final String ENVELOPE = "{\"id\":\"5f59\",\"message\":\"Deploy finished\",\"url\":null,"
            + "\"date\":\"2026-11-27 23:58\",\"type\":\"SUCCESS\",\"seq\":5,\"timestamp\":\"2026-11-27T23:58:34.285Z\","
            + "\"topic\":\"ops\",\"event\":\"custom\",\"data\":{\"version\":\"1.4.2\"},\"to\":\"1\",\"extra\":[1]}";

    @Test
    void anEnvelopeIsANotificationWithEveryField() {
        Notification n =
                assertInstanceOf(Inbound.Delivered.class, Frames.read(ENVELOPE)).notification();
        assertEquals(
                new Notification(
                        5,
                        "5f59",
                        "Deploy finished",
                        "SUCCESS",
                        null,
                        "2026-11-27 23:58",
                        "2026-11-27T23:58:34.285Z",
                        "ops",
                        "custom",
                        "1",
                        ENVELOPE),
                n);
    }

    @Test
    void replayTruncatedAndResetAreGaps() {
        String truncated = "{\"id\":\"x\",\"message\":\"pruned\",\"url\":null,\"type\":\"ALERT\",\"topic\":\"system\","
                + "\"event\":\"replay.truncated\",\"since\":1,\"oldest_seq\":16,\"newest_seq\":20,\"data\":{}}";
        Gap gap =
                assertInstanceOf(Inbound.GapFound.class, Frames.read(truncated)).gap();
        assertEquals(new Gap(Gap.Kind.TRUNCATED, 1, 16, 20, truncated), gap);

        String reset =
                "{\"topic\":\"system\",\"event\":\"replay.reset\",\"since\":1000,\"oldest_seq\":1,\"newest_seq\":3}";
        assertEquals(
                new Gap(Gap.Kind.RESET, 1000, 1, 3, reset),
                assertInstanceOf(Inbound.GapFound.class, Frames.read(reset)).gap());
    }

    @Test
    void pongsAndUnknownFramesCarryNothing() {
        assertNull(Frames.read("{\"op\":\"pong\"}"));
        assertNull(Frames.read("{\"topic\":\"system\",\"event\":\"something.new\"}"));
        assertNull(Frames.read("{\"seq\":0,\"message\":\"no seq\"}"));
        assertNull(Frames.read("{\"seq\":\"12\",\"message\":\"seq as text\"}"));
    }
}
