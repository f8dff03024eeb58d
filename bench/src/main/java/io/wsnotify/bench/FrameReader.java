package io.wsnotify.bench;

import java.io.IOException;

/** Splits bytes from the server into WebSocket frames (unmasked, RFC 6455 §5.2) and hands each one on. */
final class FrameReader {

    /** Largest frame accepted from the server. */
    static final int MAX_FRAME = 1 << 20;

    /** Receives each complete frame; the payload is only valid during the call. */
    interface Handler {
        void frame(int opcode, boolean fin, byte[] b, int off, int len) throws IOException;
    }

    private FrameReader() {}

    /** Hands on every complete frame in {@code b[off..end)}; returns where the first incomplete one starts. */
    static int read(byte[] b, int off, int end, Handler handler) throws IOException {
        int i = off;
        while (end - i >= 2) {
            int b0 = b[i] & 0xFF;
            int b1 = b[i + 1] & 0xFF;
            if ((b1 & 0x80) != 0) {
                throw new IOException("masked frame from the server");
            }
            long len = b1 & 0x7F;
            int head = 2;
            if (len == 126) {
                if (end - i < 4) {
                    break;
                }
                len = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
                head = 4;
            } else if (len == 127) {
                if (end - i < 10) {
                    break;
                }
                len = 0;
                for (int j = 0; j < 8; j++) {
                    len = (len << 8) | (b[i + 2 + j] & 0xFF);
                }
                head = 10;
            }
            if (len > MAX_FRAME) {
                throw new IOException("frame of " + len + " bytes from the server");
            }
            if (end - i - head < len) {
                break;
            }
            handler.frame(b0 & 0x0F, (b0 & 0x80) != 0, b, i + head, (int) len);
            i += head + (int) len;
        }
        return i;
    }
}
