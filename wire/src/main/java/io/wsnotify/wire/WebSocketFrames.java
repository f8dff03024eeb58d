package io.wsnotify.wire;

import java.nio.ByteBuffer;

/**
 * Encodes server-to-client WebSocket frames (RFC 6455 §5.2): final, unmasked (servers never
 * mask), with the 7-bit, 16-bit or 64-bit payload length as the size requires.
 */
public final class WebSocketFrames {
    public static final int TEXT = 0x1;
    public static final int BINARY = 0x2;
    public static final int CLOSE = 0x8;
    public static final int PING = 0x9;
    public static final int PONG = 0xA;
    private static final int FIN = 0x80;

    private WebSocketFrames() {}

    /** A whole frame in a new direct buffer, ready to be written: position 0, limit its length. */
    public static ByteBuffer encode(int opcode, byte[] payload) {
        ByteBuffer frame = ByteBuffer.allocateDirect(headerLength(payload.length) + payload.length);
        writeHeader(frame, opcode, payload.length);
        frame.put(payload);
        return frame.flip();
    }

    /** A whole frame in a new heap buffer (for rare control frames). */
    public static ByteBuffer encodeHeap(int opcode, byte[] payload) {
        ByteBuffer frame = ByteBuffer.allocate(headerLength(payload.length) + payload.length);
        writeHeader(frame, opcode, payload.length);
        frame.put(payload);
        return frame.flip();
    }

    /** Bytes of the header of an unmasked frame with this payload length. */
    public static int headerLength(int payloadLength) {
        return payloadLength < 126 ? 2 : payloadLength <= 0xFFFF ? 4 : 10;
    }

    private static void writeHeader(ByteBuffer frame, int opcode, int length) {
        frame.put((byte) (FIN | opcode));
        if (length < 126) {
            frame.put((byte) length);
        } else if (length <= 0xFFFF) {
            frame.put((byte) 126).putShort((short) length);
        } else {
            frame.put((byte) 127).putLong(length);
        }
    }
}
