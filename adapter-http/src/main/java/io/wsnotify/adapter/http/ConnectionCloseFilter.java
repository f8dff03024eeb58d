package io.wsnotify.adapter.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Ends the connection after every answer that says {@code Connection: close}.
 *
 * <p>Such an answer is given when the end of the request is unknown or was not read: a body over
 * the limit, a body whose transfer broke off, a chunked body (read by {@link ChunkedBody}, not by
 * Helidon). Helidon 4.5 sends the header but goes on reading the connection
 * (helidon-io/helidon#12324), and would take the rest of the body for the next request: request
 * smuggling. Throwing {@link CloseConnectionException} after the answer is sent is how a route
 * makes Helidon close the connection. It must be the first filter, so it also sees the problems
 * that close the connection before the error mapping (outside the filters) would answer them.
 */
final class ConnectionCloseFilter implements Filter {
    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        try {
            chain.proceed();
        } catch (ProblemException e) {
            if (!e.closesConnection() || res.isSent()) {
                throw e;
            }
            ProblemResponse.send(req, res, e);
        }
        if (res.isSent() && closes(res)) {
            throw new CloseConnectionException("the answer said Connection: close");
        }
    }

    private static boolean closes(RoutingResponse res) {
        return res.headers().contains(HeaderNames.CONNECTION)
                && res.headers().containsToken(HeaderValues.CONNECTION_CLOSE);
    }
}
