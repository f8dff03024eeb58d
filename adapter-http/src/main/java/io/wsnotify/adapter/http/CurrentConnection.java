package io.wsnotify.adapter.http;

import io.helidon.http.HttpPrologue;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http1.Http1ConnectionListener;
import java.util.Optional;

/**
 * The connection the current request arrived on. A route needs it to read a chunked body itself:
 * Helidon 4.5 refuses chunk extensions ({@code 1a;name=value}), which HTTP/1.1 allows and
 * recipients must ignore (RFC 9112 §7.1.1).
 *
 * <p>Helidon serves a connection's requests one at a time on that connection's own thread, so this
 * receive listener notes the connection per thread at each request line. The adapter's HTTP/1
 * configuration carries it ({@link HttpAdapter#configure}).
 */
final class CurrentConnection implements Http1ConnectionListener {
    private static final ThreadLocal<ConnectionContext> CURRENT = new ThreadLocal<>();

    @Override
    public void prologue(ConnectionContext ctx, HttpPrologue prologue) {
        CURRENT.set(ctx);
    }

    /** The connection {@code req} arrived on; fails when the listener is not installed. */
    static ConnectionContext of(ServerRequest req) {
        return find(req)
                .orElseThrow(() -> new IllegalStateException(
                        "the server's HTTP/1 configuration lacks the adapter's listener (HttpAdapter.configure)"));
    }

    /** The connection {@code req} arrived on, when the listener is installed. */
    static Optional<ConnectionContext> find(ServerRequest req) {
        ConnectionContext ctx = CURRENT.get();
        return ctx != null && ctx.childSocketId().equals(req.socketId()) ? Optional.of(ctx) : Optional.empty();
    }
}
