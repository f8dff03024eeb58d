package io.wsnotify.adapter.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Map;

/**
 * {@code /ws/{client_id}} as plain HTTP: a WebSocket handshake never reaches HTTP routing (the
 * upgrade is taken before), so a request that gets here is not one. A GET is told to upgrade
 * (426 with {@code Upgrade: websocket}, RFC 9110 §15.5.22), any other method is a 405.
 */
final class WebSocketPathHttpService implements HttpService {
    static final String TEMPLATE = "/ws/{client_id}";

    @Override
    public void routing(HttpRules rules) {
        ResourceRoute.at(TEMPLATE).get(this::upgradeRequired).registerOn(rules);
    }

    private void upgradeRequired(ServerRequest req, ServerResponse res) {
        ProblemResponse.send(
                req,
                res,
                new Problem(
                        426,
                        "This is the WebSocket stream: open it with a WebSocket"
                                + " handshake (Upgrade: websocket, Sec-WebSocket-Version: 13), or read /events as SSE"),
                Map.of(
                        HeaderNames.UPGRADE.defaultCase(),
                        "websocket",
                        HeaderNames.CONNECTION.defaultCase(),
                        "Upgrade"));
    }
}
