package io.wsnotify.adapter.websocket;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * The opening handshake's HTTP side (RFC 6455 §4.2): {@code Connection: Upgrade}, a
 * {@code Sec-WebSocket-Key} of 16 base64 bytes, version 13 (else 426 naming it), an {@code Origin}
 * from the allowed list, and the {@code 101} answer with its {@code Sec-WebSocket-Accept}.
 */
final class UpgradeRequest {
    private static final HeaderName KEY = HeaderNames.create("Sec-WebSocket-Key");
    private static final HeaderName VERSION = HeaderNames.create("Sec-WebSocket-Version");
    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final List<String> allowedOrigins;
    private final boolean anyOrigin;

    UpgradeRequest(WebSocketSettings settings) {
        this.allowedOrigins = settings.allowedOrigins();
        this.anyOrigin = settings.anyOrigin();
    }

    /** The client's key, once every HTTP rule of the handshake holds; throws the refusal otherwise. */
    String check(HttpPrologue prologue, Headers headers) {
        if (!headers.contains(HeaderNames.CONNECTION)
                || !hasToken(headers.get(HeaderNames.CONNECTION).values(), "upgrade")) {
            throw Refusal.badRequest("a WebSocket handshake needs Connection: Upgrade", prologue, headers);
        }
        String version = headers.first(VERSION).map(String::strip).orElse("");
        if (!version.equals("13")) {
            throw Refusal.unsupportedVersion(prologue, headers);
        }
        String key = headers.first(KEY).map(String::strip).orElse("");
        if (!isNonce(key)) {
            throw Refusal.badRequest("Sec-WebSocket-Key must be 16 bytes in base64", prologue, headers);
        }
        headers.first(HeaderNames.ORIGIN).ifPresent(origin -> {
            if (!anyOrigin && !allowedOrigins.contains(origin)) {
                throw Refusal.forbidden("Origin " + origin + " is not allowed", prologue, headers);
            }
        });
        return key;
    }

    /** The {@code 101 Switching Protocols} answer to a handshake with {@code key}. */
    static byte[] switchingProtocols(String key) {
        return ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Accept: " + accept(key) + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static String accept(String key) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-1").digest((key + ACCEPT_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    private static boolean hasToken(String commaSeparated, String token) {
        for (String part : commaSeparated.split(",")) {
            if (part.strip().equalsIgnoreCase(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNonce(String key) {
        try {
            return Base64.getDecoder().decode(key).length == 16;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
