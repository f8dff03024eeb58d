package io.wsnotify.adapter.websocket;

import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/** Opening handshake requests written by hand, for {@link HostileWsClient#handshake}. */
final class HandshakeText {
    /** The sample nonce of RFC 6455 §1.3, whose accept value is {@link #RFC_SAMPLE_ACCEPT}. */
    static final String RFC_SAMPLE_KEY = "dGhlIHNhbXBsZSBub25jZQ==";

    static final String RFC_SAMPLE_ACCEPT = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";

    private HandshakeText() {}

    /** A fresh random {@code Sec-WebSocket-Key}. */
    static String newKey() {
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        return Base64.getEncoder().encodeToString(nonce);
    }

    /** A handshake request for {@code path} with {@code headerLines} (each {@code "Name: value"}), ending the head. */
    static String request(String path, String... headerLines) {
        StringBuilder request = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        return request.append("\r\n").toString();
    }

    /** The usual headers of a version-13 handshake with {@code key}. */
    static String[] upgradeHeaders(String key) {
        return new String[] {
            "Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Key: " + key, "Sec-WebSocket-Version: 13"
        };
    }

    /** The value of header {@code name} in an HTTP {@code head}, or null. */
    static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }
}
