package io.wsnotify.adapter.websocket;

import java.nio.charset.StandardCharsets;

/** The reason text of a close frame: at most 123 bytes of UTF-8 (RFC 6455, section 5.5). */
final class CloseReason {
    static final int MAX_BYTES = 123;

    private CloseReason() {}

    /** The payload of a close frame: {@code code} in two bytes, then {@code reason} {@linkplain #fit fitted}. */
    static byte[] payload(int code, String reason) {
        byte[] text = fit(reason).getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[2 + text.length];
        payload[0] = (byte) (code >> 8);
        payload[1] = (byte) code;
        System.arraycopy(text, 0, payload, 2, text.length);
        return payload;
    }

    /** {@code reason}, cut at a character boundary so its UTF-8 form fits a close frame. */
    static String fit(String reason) {
        if (reason.length() <= MAX_BYTES / 3 || reason.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return reason;
        }
        int bytes = 0;
        int end = 0;
        while (end < reason.length()) {
            int codePoint = reason.codePointAt(end);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (bytes + size > MAX_BYTES) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return reason.substring(0, end);
    }
}
