package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.webserver.websocket.WsConfig;
import io.helidon.webserver.websocket.WsRouting;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;
import io.wsnotify.testsupport.Await;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the header timeout leaves alone: idle keep-alive connections, slow bodies and upgraded
 * WebSockets live past it. "A timeout has passed" is never slept: a probe connection that sends
 * nothing is closed by the server only once a whole timeout went by.
 */
class HeaderTimeoutSparesTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration BOUND = TIMEOUT.plus(Duration.ofSeconds(5));

    @RegisterExtension
    static final TestServer server = TestServer.create()
            .withSettings(HttpSettings.defaults().withHeaderTimeout(TIMEOUT))
            .withServerConfig(builder -> builder.addProtocol(WsConfig.create())
                    .addRouting(WsRouting.builder().endpoint("/echo", new WsListener() {
                        @Override
                        public void onMessage(WsSession session, String text, boolean last) {
                            session.send(text, true);
                        }
                    })));

    @Test
    void anIdleKeepAliveConnectionIsNotCut() throws Exception {
        try (SlowClient keepAlive = SlowClient.connect(server.port())) {
            keepAlive.send("GET /devices/1 HTTP/1.1\r\nHost: localhost\r\n\r\n");
            Await.until("the first answer", Duration.ofSeconds(10), () -> answers(keepAlive) == 1);

            awaitOneTimeout();

            assertFalse(keepAlive.isClosed(), keepAlive.received());
            keepAlive.send("GET /devices/2 HTTP/1.1\r\nHost: localhost\r\n\r\n");
            Await.until(
                    "the second answer on the same connection", Duration.ofSeconds(10), () -> answers(keepAlive) == 2);
        }
    }

    @Test
    void aSlowBodyIsNotCutByTheHeaderTimeout() throws Exception {
        String body = "{\"message\":\"a slow body\"}";
        try (SlowClient client = SlowClient.connect(server.port())) {
            client.send("POST /notify HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n" + body.substring(0, 5));

            awaitOneTimeout();

            assertTrue(client.send(body.substring(5)));
            Await.until(
                    "the answer",
                    Duration.ofSeconds(10),
                    () -> client.received().startsWith("HTTP/1.1 202 "));
        }
    }

    @Test
    void anUpgradedWebSocketIsNotCut() throws Exception {
        BlockingQueue<String> echoes = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + server.port() + "/echo"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        echoes.add(data.toString());
                        webSocket.request(1);
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
        try {
            socket.sendText("before", true).get(10, TimeUnit.SECONDS);
            assertEquals("before", echoes.poll(10, TimeUnit.SECONDS));

            awaitOneTimeout();
            socket.sendText("after a quiet timeout", true).get(10, TimeUnit.SECONDS);
            assertEquals("after a quiet timeout", echoes.poll(10, TimeUnit.SECONDS));
            awaitOneTimeout();
            socket.sendText("and another", true).get(10, TimeUnit.SECONDS);
            assertEquals("and another", echoes.poll(10, TimeUnit.SECONDS));
        } finally {
            socket.abort();
        }
    }

    private static void awaitOneTimeout() throws InterruptedException {
        SlowClient.awaitHeaderTimeout(server.port(), BOUND);
    }

    private static int answers(SlowClient client) {
        return client.received().split("HTTP/1.1 200 OK\r\n", -1).length - 1;
    }
}
