package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/**
 * How a WebSocket connection ended, seen from the client: the frames that arrived, and how TCP ended.
 *
 * @param frames every frame the server sent until the end
 * @param tcp    how the TCP connection ended, or {@link Tcp#STILL_OPEN} when it had not by the deadline
 */
record ConnectionEnd(List<ServerFrame> frames, Tcp tcp) {
    /** The end of the TCP connection: an orderly close (FIN), a reset, or none yet. */
    enum Tcp {
        CLOSED,
        RESET,
        STILL_OPEN
    }

    /** The close frame the server sent, or null when it sent none. */
    ServerFrame closeFrame() {
        return frames.stream().filter(ServerFrame::isClose).findFirst().orElse(null);
    }

    /** Asserts the server sent a close frame with {@code code}, as its last frame, and then closed TCP. */
    void assertClosedWith(int code) {
        ServerFrame close = closeFrame();
        assertTrue(close != null, "the server sent no close frame before " + tcp + "; frames: " + frames);
        assertEquals(code, close.closeCode(), "close code; reason: " + close.closeReason());
        assertEquals(close, frames.getLast(), "the close frame is the last one: " + frames);
        assertNotEquals(Tcp.STILL_OPEN, tcp, "the server closed TCP after its close frame");
    }
}
