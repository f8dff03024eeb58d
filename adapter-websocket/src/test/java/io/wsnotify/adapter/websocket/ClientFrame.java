package io.wsnotify.adapter.websocket;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A frame a test client sends, with every bit chosen by the test (RFC 6455 §5.2): any opcode, FIN
 * and RSV bits, masked or not, the payload length in its shortest or a forced 7/16/64-bit form,
 * and a declared length that may differ from the payload actually sent.
 *
 * @param declaredLength the length written in the header (any 64 bits, the sign bit too); -1 for the payload's own
 */
record ClientFrame(
        int opcode, boolean fin, int rsv, boolean masked, byte[] payload, LengthForm form, long declaredLength) {
    static final int CONTINUATION = 0x0;
    static final int TEXT = 0x1;
    static final int BINARY = 0x2;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;

    /** How the payload length is written: the shortest form, as RFC 6455 asks, or a forced one. */
    enum LengthForm {
        SHORTEST,
        BITS_7,
        BITS_16,
        BITS_64
    }

    /** A final, masked frame with the shortest length form. */
    static ClientFrame of(int opcode, byte[] payload) {
        return new ClientFrame(opcode, true, 0, true, payload, LengthForm.SHORTEST, -1);
    }

    static ClientFrame text(String text) {
        return of(TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    static ClientFrame ping(String payload) {
        return of(PING, payload.getBytes(StandardCharsets.UTF_8));
    }

    static ClientFrame pong(String payload) {
        return of(PONG, payload.getBytes(StandardCharsets.UTF_8));
    }

    static ClientFrame continuation(String text) {
        return of(CONTINUATION, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A close frame carrying {@code code} and {@code reason}. */
    static ClientFrame close(int code, String reason) {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        return of(
                CLOSE,
                ByteBuffer.allocate(2 + text.length)
                        .putShort((short) code)
                        .put(text)
                        .array());
    }

    ClientFrame notFinal() {
        return new ClientFrame(opcode, false, rsv, masked, payload, form, declaredLength);
    }

    /** The frame with RSV bits {@code bits} (1 = RSV3, 2 = RSV2, 4 = RSV1). */
    ClientFrame rsv(int bits) {
        return new ClientFrame(opcode, fin, bits, masked, payload, form, declaredLength);
    }

    ClientFrame unmasked() {
        return new ClientFrame(opcode, fin, rsv, false, payload, form, declaredLength);
    }

    ClientFrame form(LengthForm value) {
        return new ClientFrame(opcode, fin, rsv, masked, payload, value, declaredLength);
    }

    /** The frame declaring {@code length} bytes of payload in a 64-bit length, whatever it carries. */
    ClientFrame declaring(long length) {
        return new ClientFrame(opcode, fin, rsv, masked, payload, LengthForm.BITS_64, length);
    }

    /** The frame on the wire. */
    byte[] bytes() {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write((fin ? 0x80 : 0) | (rsv & 7) << 4 | opcode & 0x0F);
        long length = declaredLength == -1 ? payload.length : declaredLength;
        int maskBit = masked ? 0x80 : 0;
        switch (form == LengthForm.SHORTEST ? shortest(length) : form) {
            case BITS_7 -> frame.write(maskBit | (int) length);
            case BITS_16 -> {
                frame.write(maskBit | 126);
                frame.writeBytes(ByteBuffer.allocate(2).putShort((short) length).array());
            }
            default -> {
                frame.write(maskBit | 127);
                frame.writeBytes(ByteBuffer.allocate(8).putLong(length).array());
            }
        }
        byte[] mask = new byte[4];
        if (masked) {
            ThreadLocalRandom.current().nextBytes(mask);
            frame.writeBytes(mask);
        }
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i & 3]);
        }
        return frame.toByteArray();
    }

    private static LengthForm shortest(long length) {
        return length < 126 ? LengthForm.BITS_7 : length <= 0xFFFF ? LengthForm.BITS_16 : LengthForm.BITS_64;
    }
}
