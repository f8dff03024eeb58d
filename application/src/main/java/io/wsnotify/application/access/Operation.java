package io.wsnotify.application.access;

/** What a request wants to do, as far as access is concerned (DESIGN §6). */
public enum Operation {
    /** Change something: POST, PUT, DELETE, POST /notify. */
    PUBLISH,
    /** Read a resource or the log: REST reads, {@code GET /notifications}. */
    READ,
    /** Receive the live stream: WebSocket {@code /ws/{client_id}}, SSE {@code /events}. */
    SUBSCRIBE
}
