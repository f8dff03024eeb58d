package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * A frame the server sent, as {@link HostileWsClient} read it off the wire.
 *
 * @param lengthBits how the server wrote the payload length: 7, 16 or 64 bits
 */
record ServerFrame(boolean fin, int opcode, int lengthBits, byte[] payload) {
    boolean isClose() {
        return opcode == ClientFrame.CLOSE;
    }

    String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    /** The close code, 1005 when the close frame had none. */
    int closeCode() {
        return payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
    }

    String closeReason() {
        return payload.length > 2 ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) : "";
    }

    /** Asserts this is a pong carrying {@code expected} in UTF-8. */
    void assertPongOf(String expected) {
        assertPongOf(expected.getBytes(StandardCharsets.UTF_8));
    }

    /** Asserts this is a pong carrying {@code expected}. */
    void assertPongOf(byte[] expected) {
        assertEquals(ClientFrame.PONG, opcode, toString());
        assertEquals(HexFormat.of().formatHex(expected), HexFormat.of().formatHex(payload), "the pong's payload");
    }

    @Override
    public String toString() {
        String shown = isClose()
                ? closeCode() + " " + closeReason()
                : payload.length > 200 ? payload.length + " bytes" : text();
        return "frame(opcode " + opcode + (fin ? "" : ", not final") + ": " + shown + ")";
    }
}
