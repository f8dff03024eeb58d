package io.wsnotify.adapter.websocket;

import java.nio.ByteBuffer;

/**
 * The header of a frame a client sends (RFC 6455 §5.2): the rules it must keep, its payload length
 * and its masked payload. Reads in place, without moving the buffer's position.
 */
final class ClientFrameHeader {
    static final int CONTINUATION = 0x0;
    static final int TEXT = 0x1;
    static final int BINARY = 0x2;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;

    private ClientFrameHeader() {}

    /** The rule the first two header bytes break (the connection fails with 1002), or null when they keep them all. */
    static String brokenRule(int first, int second, int opcode, boolean fin) {
        if ((first & 0x70) != 0) {
            return "reserved bits set";
        }
        if ((second & 0x80) == 0) {
            return "client frames must be masked";
        }
        if ((opcode > BINARY && opcode < CLOSE) || opcode > PONG) {
            return "reserved opcode " + opcode;
        }
        if (opcode >= CLOSE && !fin) {
            return "fragmented control frame";
        }
        if (opcode >= CLOSE && (second & 0x7F) > 125) {
            return "control frame over 125 bytes";
        }
        return null;
    }

    /** The payload length of the frame at {@code start}, whose 7-bit length field is {@code length7}. */
    static long payloadLength(ByteBuffer in, int start, int length7) {
        return switch (length7) {
            case 126 -> in.getShort(start + 2) & 0xFFFF;
            case 127 -> in.getLong(start + 2);
            default -> length7;
        };
    }

    /** The {@code length} payload bytes at {@code payloadAt}, unmasked with the key at {@code maskAt}. */
    static byte[] unmasked(ByteBuffer in, int maskAt, int payloadAt, int length) {
        byte[] payload = new byte[length];
        for (int i = 0; i < length; i++) {
            payload[i] = (byte) (in.get(payloadAt + i) ^ in.get(maskAt + (i & 3)));
        }
        return payload;
    }
}
