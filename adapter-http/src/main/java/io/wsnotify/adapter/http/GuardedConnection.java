package io.wsnotify.adapter.http;

import io.helidon.common.buffers.BufferData;
import io.helidon.common.concurrency.limits.FixedLimit;
import io.helidon.common.concurrency.limits.Limit;
import io.helidon.common.task.InterruptableTask;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.spi.ServerConnection;
import io.helidon.webserver.spi.ServerConnectionSelector;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * Helidon's HTTP/1.1 connection under a header timeout: it runs on a {@link GuardedContext}, so its
 * {@link RequestHead} hears of every read, and is known to {@link HeadDeadlines} while it lives.
 * Everything else (requests, keep-alive, upgrades, HTTP/1.0 refused with 505 by Helidon's own
 * request-line parser and our problem direct handler) is Helidon's connection's. An upgraded
 * connection that took over its socket ({@link HttpAdapter#releaseThread}) keeps it when this returns.
 */
final class GuardedConnection implements ServerConnection, InterruptableTask<Void> {
    private final ConnectionContext ctx;
    private final GuardedContext guarded;
    private final RequestHead head;
    private final ServerConnection http1;
    private final HeadDeadlines deadlines;

    GuardedConnection(ConnectionContext ctx, ServerConnectionSelector http1Selector, HeadDeadlines deadlines) {
        this.ctx = ctx;
        this.deadlines = deadlines;
        this.head = new RequestHead(deadlines.timeout());
        this.guarded = new GuardedContext(ctx, head);
        this.http1 = http1Selector.connection(guarded);
        head.readingRequestLineWhen(() -> http1 instanceof InterruptableTask<?> task && task.canInterrupt());
    }

    RequestHead head() {
        return head;
    }

    @Override
    public void handle(Limit limit) throws InterruptedException {
        head.connected(System.nanoTime());
        deadlines.add(this);
        try {
            http1.handle(limit);
            if (guarded.socketHandedOver()) {
                SocketHandover.handOver(ctx);
            }
        } finally {
            deadlines.remove(this);
        }
    }

    @Override
    @SuppressWarnings("removal")
    public void handle(Semaphore requestSemaphore) throws InterruptedException {
        handle(FixedLimit.create(requestSemaphore));
    }

    @Override
    public Duration idleTime() {
        return http1.idleTime();
    }

    @Override
    public void close(boolean interrupt) {
        http1.close(interrupt);
    }

    @Override
    public boolean canInterrupt() {
        return http1 instanceof InterruptableTask<?> task && task.canInterrupt();
    }

    /**
     * The head did not come in time: answers 408 if part of it came (no answer is under way while
     * a head is awaited) and closes the socket, which ends the read the connection's thread is
     * blocked in. A connection that sent nothing is just closed ({@link RequestHead#headBegun}).
     */
    void timedOut() {
        if (!head.headBegun()) {
            drop();
            return;
        }
        try {
            Problem problem = new Problem(
                    408,
                    "The request head (request line and headers) did not arrive within "
                            + deadlines.timeout().toMillis() + " ms");
            byte[] body = problem.toJson(head.path()).getBytes(StandardCharsets.UTF_8);
            String responseHead = "HTTP/1.1 408 Request Timeout\r\nContent-Type: " + Problem.MEDIA_TYPE
                    + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            BufferData answer = BufferData.growing(responseHead.length() + body.length);
            answer.write(responseHead.getBytes(StandardCharsets.US_ASCII));
            answer.write(body);
            ctx.dataWriter().writeNow(answer);
        } catch (RuntimeException peerGone) {
            // the client is gone or not reading: closing is all that is left
        } finally {
            drop();
        }
    }

    /** Closes the socket under the connection. */
    void drop() {
        try {
            ctx.serverSocket().close();
        } catch (RuntimeException alreadyClosed) {
            // closed by the client or by Helidon already
        }
    }
}
