package io.wsnotify.client;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocketHandshakeException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Turns what the JDK's HTTP and WebSocket clients throw into a {@link NotifyException} that says
 * what failed, with the HTTP status when the server answered ({@link NotifyException#isFinal}).
 */
final class Failures {
    private Failures() {}

    /** {@code what} failed with {@code thrown} (unwrapped from the futures' wrappers). */
    static NotifyException of(String what, Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof NotifyException) {
            return (NotifyException) cause;
        }
        if (cause instanceof WebSocketHandshakeException) {
            int status = ((WebSocketHandshakeException) cause).getResponse().statusCode();
            return refused(what, status, null, cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new NotifyException(what + " timed out", 0, cause);
        }
        if (cause instanceof ConnectException || cause instanceof ClosedChannelException) {
            return new NotifyException(what + " failed: the server cannot be reached (" + cause + ")", 0, cause);
        }
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new NotifyException(what + " failed: " + text, 0, cause);
    }

    /** The server answered {@code status}; {@code body} (a problem+json, say) may explain why. */
    static NotifyException refused(String what, int status, String body, Throwable cause) {
        String detail = status == 401 ? " (missing or wrong token)" : status == 403 ? " (access forbidden)" : "";
        String said = body == null || body.isBlank() ? "" : ": " + shorten(body);
        return new NotifyException(what + " was refused with " + status + detail + said, status, cause);
    }

    private static String shorten(String body) {
        String line = body.strip().replaceAll("\\s+", " ");
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }
}
