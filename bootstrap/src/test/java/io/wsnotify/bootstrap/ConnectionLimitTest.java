package io.wsnotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wsnotify.bootstrap.support.RunningApplications;
import io.wsnotify.bootstrap.support.TestConfig;
import io.wsnotify.bootstrap.support.WsClient;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code notify.limits.max-connections} bounds WebSocket and SSE connections together (DESIGN §6). */
class ConnectionLimitTest {
    @RegisterExtension
    final RunningApplications applications = new RunningApplications();

    @TempDir
    Path dir;

    @Test
    void webSocketsAndEventStreamsShareOneLimit() throws Exception {
        NotifyApplication app = applications.start(
                TestConfig.with(TestConfig.quiet(dir.resolve("notify.db")), "notify.limits.max-connections", "2"));
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<InputStream> stream = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/events"))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        try (WsClient socket = WsClient.connect(app.port(), "/ws/one")) {
            ExecutionException refused = assertThrows(
                    ExecutionException.class,
                    () -> http.newWebSocketBuilder()
                            .buildAsync(
                                    URI.create("ws://127.0.0.1:" + app.port() + "/ws/two"), new WebSocket.Listener() {})
                            .get(10, TimeUnit.SECONDS));
            assertEquals(
                    503,
                    assertInstanceOf(WebSocketHandshakeException.class, refused.getCause())
                            .getResponse()
                            .statusCode());
            assertEquals(
                    503,
                    http.send(
                                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/events"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode());
        } finally {
            stream.body().close();
        }
    }
}
