package io.wsnotify.adapter.http;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The header-read deadline of one connection (slowloris): from the first byte of a request until
 * its head (request line and headers) is complete, at most the header timeout may pass.
 *
 * <p>The clock runs from the connection's start, and again from the first byte after a request
 * was answered (or from its request line, when the client had already sent it); it stops when the
 * head is complete. So it never runs on an idle keep-alive connection, during a body, an answer,
 * an SSE stream or an upgraded WebSocket: a request that is not answered through routing (an
 * upgrade) never lets it start again.
 *
 * <p>Threading: the connection's thread reports reads and heads, the routing reports answers, and
 * the {@link HeadDeadlines} thread asks for expiry; every method is synchronized.
 */
final class RequestHead {
    private final long timeoutNanos;
    private BooleanSupplier readingRequestLine = () -> false;
    private long deadline;
    private boolean running;
    private boolean begun;
    private boolean expired;
    private long expiredAt;
    private int started;
    private int headed;
    private int answered;
    private String path = "/";

    RequestHead(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
    }

    /** Tells whether the connection is waiting for a request line (the idle case among reads). */
    synchronized void readingRequestLineWhen(BooleanSupplier readingRequestLine) {
        this.readingRequestLine = readingRequestLine;
    }

    /** The connection starts: its first head is awaited. */
    synchronized void connected(long now) {
        start(now);
    }

    /** Bytes arrived; the first ones after an answered request start the clock again. */
    synchronized void bytesArrived(long now) {
        if (!running && headed == started && answered == started && readingRequestLine.getAsBoolean()) {
            start(now);
        }
        begun |= running;
    }

    /** A request line was read (it may have been sent with the request before). */
    synchronized void requestLine(long now, String requestPath) {
        started++;
        path = requestPath;
        if (!running) {
            start(now);
        }
        begun = true;
    }

    /** The head is complete; false when it came too late and the connection is being closed. */
    synchronized boolean headComplete() {
        if (expired) {
            return false;
        }
        headed = started;
        running = false;
        return true;
    }

    /** The request was answered through routing: the next bytes start a new head. */
    synchronized void answered() {
        answered = started;
    }

    /** Whether the deadline passed just now (true once); the connection must then be closed. */
    synchronized boolean expire(long now) {
        if (!running || expired || now - deadline < 0) {
            return false;
        }
        expired = true;
        expiredAt = now;
        running = false;
        return true;
    }

    /** Whether the connection timed out at least {@code grace} before {@code now}. */
    synchronized boolean expiredBefore(long now, Duration grace) {
        return expired && now - expiredAt > grace.toNanos();
    }

    /**
     * Whether part of the awaited head arrived. A connection that sent nothing at all (a browser
     * opens spare ones ahead of need) is closed without an answer, as a 408 on it would be read as
     * the answer to the request the browser sends on it next.
     */
    synchronized boolean headBegun() {
        return begun;
    }

    /** The path of the request line read last, for the 408 problem; "/" before any. */
    synchronized String path() {
        return path;
    }

    private void start(long now) {
        if (expired) {
            return;
        }
        running = true;
        begun = false;
        deadline = now + timeoutNanos;
    }
}
