package io.wsnotify.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** The client side of one RFC 6455 opening handshake: the upgrade request and the check of the 101 answer. */
final class Handshake {

    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final byte[] END = {'\r', '\n', '\r', '\n'};

    private final String key;
    private long startNanos;
    private long timeoutNanos;

    Handshake() {
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        this.key = Base64.getEncoder().encodeToString(nonce);
    }

    /** Starts the clock: the handshake must be done within {@code timeoutNanos}. */
    void start(long timeoutNanos) {
        this.startNanos = System.nanoTime();
        this.timeoutNanos = timeoutNanos;
    }

    /** Whether the time is up at {@code now}. */
    boolean overdue(long now) {
        return now - startNanos >= timeoutNanos;
    }

    /** Time since the start. */
    long elapsed(long now) {
        return now - startNanos;
    }

    /** The upgrade request for {@code uri} (ws://host:port/path?query). */
    byte[] request(URI uri) {
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String text = "GET " + target + " HTTP/1.1\r\n"
                + "Host: " + uri.getRawAuthority() + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + key + "\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Checks the answer in {@code b[0..len)}: the index just past its head, or -1 while the head is incomplete.
     * Throws when the server refused the upgrade or answered wrongly.
     */
    int accept(byte[] b, int len) throws IOException {
        int end = headEnd(b, len);
        if (end >= 0) {
            String why = check(new String(b, 0, end, StandardCharsets.ISO_8859_1));
            if (why != null) {
                throw new IOException(why);
            }
        }
        return end;
    }

    private static int headEnd(byte[] b, int len) {
        outer:
        for (int i = 0; i + END.length <= len; i++) {
            for (int j = 0; j < END.length; j++) {
                if (b[i + j] != END[j]) {
                    continue outer;
                }
            }
            return i + END.length;
        }
        return -1;
    }

    private String check(String head) {
        String status = head.substring(0, Math.max(0, head.indexOf('\r')));
        if (!status.startsWith("HTTP/1.1 101")) {
            return status.isEmpty() ? "empty answer" : status;
        }
        String expected = "sec-websocket-accept: " + accept();
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("sec-websocket-accept:")) {
                return line.strip().equalsIgnoreCase(expected) ? null : "wrong Sec-WebSocket-Accept";
            }
        }
        return "no Sec-WebSocket-Accept";
    }

    private String accept() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
