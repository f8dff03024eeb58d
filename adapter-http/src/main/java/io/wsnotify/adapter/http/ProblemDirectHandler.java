package io.wsnotify.adapter.http;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.ErrorHandling;
import io.helidon.webserver.http.DirectHandlers;
import java.nio.charset.StandardCharsets;

/**
 * Answers the errors Helidon handles before any route runs (a malformed request line or query,
 * a body over the server's {@code max-payload-size}, a refused connection) as problem+json too,
 * instead of Helidon's empty or plain-text answers (without the body for a HEAD request). The
 * 505 for an HTTP/1.0 request comes from here too. {@link HttpAdapter#configure} installs it.
 */
final class ProblemDirectHandler implements DirectHandler {
    /** Direct handlers answering every event type with a problem. */
    static DirectHandlers directHandlers() {
        ProblemDirectHandler handler = new ProblemDirectHandler();
        DirectHandlers.Builder builder = DirectHandlers.builder();
        for (EventType type : EventType.values()) {
            builder.addHandler(type, handler);
        }
        return builder.build();
    }

    /**
     * Lets messages reach the direct handlers: without it Helidon passes none, and a refused
     * handshake could not say why. Every other message is still replaced by a fixed text.
     */
    static ErrorHandling errorHandling() {
        return ErrorHandling.builder().includeEntity(true).build();
    }

    @Override
    public TransportResponse handle(
            TransportRequest request,
            EventType eventType,
            Status defaultStatus,
            ServerResponseHeaders headers,
            String message) {
        int status = defaultStatus.code();
        Problem problem =
                new Problem(status, isHandshakeRefusal(request, eventType, message) ? message : detail(status));
        headers.set(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
        TransportResponse.Builder response = TransportResponse.builder()
                .status(defaultStatus)
                .headers(headers)
                .keepAlive(eventType.keepAlive());
        if (!"HEAD".equals(request.method())) {
            response.entity(problem.toJson(pathOnly(request.path())).getBytes(StandardCharsets.UTF_8));
        }
        return response.build();
    }

    /** The path without its query, which may hold a token. */
    private static String pathOnly(String target) {
        if (target == null || target.isEmpty()) {
            return "/";
        }
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /**
     * A WebSocket handshake the upgrader refused: its message is the adapter's own text (the
     * reason of a 401 or 403, the connection limit), written for the client and free of the target.
     */
    private static boolean isHandshakeRefusal(TransportRequest request, EventType eventType, String message) {
        String path = pathOnly(request.path());
        return eventType == EventType.OTHER && message != null && (path.startsWith("/ws/") || path.equals("/ws"));
    }

    /** Fixed texts: Helidon's messages may quote the request target, and with it a token. */
    private static String detail(int status) {
        return switch (status) {
            case 413 -> "Request body is too large";
            case 403 -> "The request is not allowed";
            case 505 -> "This HTTP version is not supported";
            default ->
                status >= 500
                        ? "The server could not complete the request; see its log"
                        : "The request could not be parsed: malformed request line, header or query";
        };
    }
}
