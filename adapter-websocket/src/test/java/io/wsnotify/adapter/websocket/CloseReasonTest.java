package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CloseReasonTest {
    @Test
    void keepsAShortReason() {
        String reason = "slow consumer; resume with since=123456789";
        assertSame(reason, CloseReason.fit(reason));
    }

    @Test
    void cutsALongAsciiReasonTo123Bytes() {
        assertEquals("x".repeat(123), CloseReason.fit("x".repeat(200)));
    }

    @Test
    void cutsMultiByteTextAtACharacterBoundary() {
        String fitted = CloseReason.fit("\u00e4".repeat(100));
        assertEquals(61, fitted.length());
        assertEquals(122, fitted.getBytes(StandardCharsets.UTF_8).length);
        String emoji = CloseReason.fit("\ud83d\ude00".repeat(40));
        assertEquals(120, emoji.getBytes(StandardCharsets.UTF_8).length);
    }
}
