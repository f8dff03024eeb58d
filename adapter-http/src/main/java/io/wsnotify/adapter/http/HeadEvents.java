package io.wsnotify.adapter.http;

import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.Http1ConnectionListener;

/**
 * Tells a connection's {@link RequestHead} that a request line and then a whole head arrived
 * (Helidon's HTTP/1 receive listener). A head completed after its deadline ends the connection
 * here, before it is served: the 408 is on its way already.
 */
final class HeadEvents implements Http1ConnectionListener {
    @Override
    public void prologue(ConnectionContext ctx, HttpPrologue prologue) {
        if (ctx instanceof GuardedContext guarded) {
            guarded.headAnswer(null); // a new request: the last one's HEAD answer is done
            guarded.head().requestLine(System.nanoTime(), prologue.uriPath().path());
        }
    }

    @Override
    public void headers(ConnectionContext ctx, Headers headers) {
        GuardedContext.headOf(ctx).ifPresent(head -> {
            if (!head.headComplete()) {
                throw new CloseConnectionException("the request head came after the header timeout");
            }
        });
    }
}
