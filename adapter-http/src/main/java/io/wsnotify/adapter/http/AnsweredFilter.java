package io.wsnotify.adapter.http;

import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Tells the connection's {@link RequestHead} when a request has been answered through routing, so
 * the header timeout runs again from the next request's first byte. The outermost filter: it sees
 * every routed request end, whether answered, failed or streamed to its end. A WebSocket handshake
 * passes the filters too (Helidon routes upgrades); answered 101, the connection is no longer
 * HTTP and its frames must never start the clock, so it does not count as answered.
 */
final class AnsweredFilter implements Filter {
    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        try {
            chain.proceed();
        } finally {
            if (res.status().code() != Status.SWITCHING_PROTOCOLS_101.code()) {
                CurrentConnection.find(req).flatMap(GuardedContext::headOf).ifPresent(RequestHead::answered);
            }
        }
    }
}
