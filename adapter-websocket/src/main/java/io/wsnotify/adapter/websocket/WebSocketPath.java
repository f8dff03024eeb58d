package io.wsnotify.adapter.websocket;

/** The path of the live stream: {@code /ws/{client_id}}, with or without a trailing slash. */
final class WebSocketPath {
    static final String PREFIX = "/ws/";

    private WebSocketPath() {}

    /** Whether {@code path} (decoded) is {@code /ws/} plus one segment, and maybe a slash. */
    static boolean matches(String path) {
        return path.startsWith(PREFIX) && clientId(path).indexOf('/') < 0;
    }

    /** The client id segment of a matching path (possibly empty, which the handshake refuses). */
    static String clientId(String path) {
        String rest = path.substring(PREFIX.length());
        return rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
    }
}
