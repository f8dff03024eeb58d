package io.wsnotify.adapter.websocket;

/** The WebSocket close codes the server sends, and which codes a client may send (RFC 6455 §7.4). */
final class CloseCodes {
    static final int NORMAL = 1000;
    static final int GOING_AWAY = 1001;
    static final int PROTOCOL_ERROR = 1002;
    static final int NO_STATUS = 1005;
    static final int INVALID_DATA = 1007;
    static final int TOO_BIG = 1009;
    static final int SERVER_ERROR = 1011;
    static final int TRY_AGAIN_LATER = 1013;

    private CloseCodes() {}

    /**
     * Whether a client may put {@code code} in a close frame: the defined codes other than those
     * reserved for local use (1004, 1005, 1006, 1015), and the registered and private ranges.
     */
    static boolean isValidFromPeer(int code) {
        return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
    }
}
