package io.wsnotify.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/** Masked client frames (RFC 6455 §5.3): the only ones the benchmark sends are pong and close. */
final class ClientFrames {

    static final int OP_CONTINUATION = 0x0;
    static final int OP_TEXT = 0x1;
    static final int OP_BINARY = 0x2;
    static final int OP_CLOSE = 0x8;
    static final int OP_PING = 0x9;
    static final int OP_PONG = 0xA;

    private ClientFrames() {}

    /** A pong echoing {@code payload[off..off+len)} (at most 125 bytes). */
    static ByteBuffer pong(byte[] payload, int off, int len) {
        return frame(OP_PONG, payload, off, Math.min(len, 125));
    }

    /** A close frame with {@code code} and a short ASCII reason. */
    static ByteBuffer close(int code, String reason) {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        int len = Math.min(text.length, 123);
        byte[] body = new byte[2 + len];
        body[0] = (byte) (code >>> 8);
        body[1] = (byte) code;
        System.arraycopy(text, 0, body, 2, len);
        return frame(OP_CLOSE, body, 0, body.length);
    }

    private static ByteBuffer frame(int opcode, byte[] payload, int off, int len) {
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        ByteBuffer out = ByteBuffer.allocate(2 + 4 + len);
        out.put((byte) (0x80 | opcode));
        out.put((byte) (0x80 | len));
        out.put(mask);
        for (int i = 0; i < len; i++) {
            out.put((byte) (payload[off + i] ^ mask[i & 3]));
        }
        return out.flip();
    }
}
