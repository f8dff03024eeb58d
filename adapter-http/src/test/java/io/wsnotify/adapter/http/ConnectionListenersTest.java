package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.http.HttpPrologue;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.Http1ConnectionListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The adapter's HTTP/1 listeners and another adapter's (the WebSocket origin policy) all hear every
 * request: Helidon 4.5 silently drops every listener when it is given more than one.
 */
class ConnectionListenersTest {
    private static final List<String> HEARD = new CopyOnWriteArrayList<>();

    @RegisterExtension
    static final TestServer server = TestServer.create().withReceiveListener(new Http1ConnectionListener() {
        @Override
        public void prologue(ConnectionContext ctx, HttpPrologue prologue) {
            HEARD.add(prologue.method().text() + " " + prologue.uriPath().path());
        }
    });

    @Test
    void anotherAdaptersListenerAndTheAdaptersOwnBothHearTheRequest() {
        String body = "{\"message\":\"chunked\"}";

        HostileHttpClient.Exchange exchange = HostileHttpClient.send(
                server.port(),
                "POST /notify HTTP/1.1\r\n"
                        + "Host: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n",
                Duration.ofSeconds(10));

        assertEquals(
                List.of(202),
                exchange.finalStatuses(),
                "the chunked body needs the adapter's listener: " + exchange.received());
        assertTrue(HEARD.contains("POST /notify"), "the other listener heard: " + HEARD);
    }
}
