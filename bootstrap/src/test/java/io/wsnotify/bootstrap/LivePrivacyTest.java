package io.wsnotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.adapter.jwt.testing.Tokens;
import io.wsnotify.bootstrap.support.HttpCalls;
import io.wsnotify.bootstrap.support.RunningApplications;
import io.wsnotify.bootstrap.support.TestConfig;
import io.wsnotify.bootstrap.support.WsClient;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN §6 on the live paths: with signed tokens on, a notification {@code to} alice reaches only
 * connections authenticated with a token whose subject is alice — on WebSocket and SSE, live and
 * resuming — never bob, nor a static-token or anonymous connection that calls itself alice.
 */
class LivePrivacyTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SECRET = "a-test-secret-of-at-least-32-bytes!!";

    @RegisterExtension
    final RunningApplications applications = new RunningApplications();

    @TempDir
    Path dir;

    private static String token(String subject, String scope) {
        return Tokens.at(Instant.now()).sub(subject).scope(scope).hs256(SECRET);
    }

    @Test
    void targetedNotificationsReachOnlyTheirSubjectOnEveryLivePath() throws Exception {
        NotifyApplication app = start();
        String alice = token("alice", "subscribe");
        try (WsClient aliceWs = WsClient.connect(app.port(), "/ws/alice?token=" + alice);
                WsClient bobWs = WsClient.connect(app.port(), "/ws/bob?token=" + token("bob", "subscribe"));
                WsClient staticAlice = WsClient.connect(app.port(), "/ws/alice?token=static-sub");
                SseLines aliceSse = SseLines.open(app.port(), "/events?token=" + alice);
                SseLines staticAliceSse = SseLines.open(app.port(), "/events?client_id=alice&token=static-sub")) {
            HttpCalls http = publisher(app);
            publish(http, "{\"message\":\"for alice\",\"to\":\"alice\"}");
            publish(http, "{\"message\":\"for bob\",\"to\":\"bob\"}");
            publish(http, "{\"message\":\"for everyone\"}");

            assertEquals(List.of("for alice", "for everyone"), messages(aliceWs, 2));
            assertEquals(List.of("for bob", "for everyone"), messages(bobWs, 2));
            assertEquals(List.of("for everyone"), messages(staticAlice, 1));
            assertEquals(List.of("for alice", "for everyone"), aliceSse.messages(2));
            assertEquals(List.of("for everyone"), staticAliceSse.messages(1));
        }
    }

    @Test
    void resumingConnectionsReplayOnlyWhatTheirCredentialMaySee() throws Exception {
        NotifyApplication app = start();
        HttpCalls http = publisher(app);
        publish(http, "{\"message\":\"for alice\",\"to\":\"alice\"}");
        publish(http, "{\"message\":\"for everyone\"}");
        String alice = token("alice", "subscribe");
        try (WsClient aliceWs = WsClient.connect(app.port(), "/ws/alice?since=0&token=" + alice);
                WsClient anonymousAlice = WsClient.connect(app.port(), "/ws/alice?since=0&token=static-sub");
                SseLines aliceSse = SseLines.open(app.port(), "/events?since=0&token=" + alice);
                SseLines bobSse = SseLines.open(app.port(), "/events?since=0&token=" + token("bob", "subscribe"))) {
            assertEquals(List.of("for alice", "for everyone"), messages(aliceWs, 2));
            assertEquals(List.of("for everyone"), messages(anonymousAlice, 1));
            assertEquals(List.of("for alice", "for everyone"), aliceSse.messages(2));
            assertEquals(List.of("for everyone"), bobSse.messages(1));
        }
    }

    @Test
    void aTokenForAnotherSubjectOrWithoutScopeIsRefusedAtTheHandshake() throws Exception {
        NotifyApplication app = start();
        assertEquals(403, handshakeStatus(app, "/ws/alice?token=" + token("bob", "subscribe")));
        assertEquals(403, handshakeStatus(app, "/ws/alice?token=" + token("alice", "other")));
        assertEquals(401, handshakeStatus(app, "/ws/alice?token=" + token("alice", "subscribe") + "x"));
        assertEquals(
                403,
                new HttpCalls(app.port())
                        .get("/events?client_id=alice&token=" + token("bob", "subscribe"))
                        .statusCode());
    }

    @Test
    void aRefusedHandshakeSaysWhyInItsProblem() throws Exception {
        NotifyApplication app = start();
        String badSignature = refusedHandshake(app, "/ws/alice?token=" + token("alice", "subscribe") + "x");
        assertTrue(badSignature.startsWith("HTTP/1.1 401 "), badSignature);
        assertTrue(badSignature.contains("application/problem+json"), badSignature);
        assertTrue(badSignature.contains("\"detail\":\"The token's signature is invalid\""), badSignature);
        String otherSubject = refusedHandshake(app, "/ws/alice?token=" + token("bob", "subscribe"));
        assertTrue(otherSubject.startsWith("HTTP/1.1 403 "), otherSubject);
        assertFalse(otherSubject.contains("The request is not allowed"), otherSubject);
        assertFalse(otherSubject.contains("token="), "the token is never echoed: " + otherSubject);
    }

    private NotifyApplication start() {
        return applications.start(TestConfig.with(
                TestConfig.quiet(dir.resolve("notify.db")),
                "notify.security.jwt.secret",
                SECRET,
                "notify.security.subscribe-token",
                "static-sub",
                "notify.security.publish-token",
                "static-pub"));
    }

    private static HttpCalls publisher(NotifyApplication app) {
        return new HttpCalls(app.port());
    }

    private static void publish(HttpCalls http, String json) {
        HttpResponse<String> answer = http.send(http.request("/notify")
                .header("Authorization", "Bearer static-pub")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        assertEquals(202, answer.statusCode(), answer.body());
    }

    /** The messages of the next {@code count} custom frames, and nothing more within a moment. */
    private static List<String> messages(WsClient client, int count) throws InterruptedException {
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JsonObject frame = client.nextMatching(f -> f.getString("topic").equals("custom"), WAIT);
            messages.add(frame.getString("message"));
        }
        assertEquals(false, client.anyFrameWithin(Duration.ofMillis(300)), "nothing more than " + messages);
        return messages;
    }

    /** The whole answer to a raw handshake, read until the server closes the connection. */
    private static String refusedHandshake(NotifyApplication app, String pathAndQuery) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                    + "Sec-WebSocket-Version: 13\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int handshakeStatus(NotifyApplication app, String pathAndQuery) throws Exception {
        ExecutionException failed = assertThrows(
                ExecutionException.class,
                () -> HttpClient.newHttpClient()
                        .newWebSocketBuilder()
                        .buildAsync(
                                URI.create("ws://127.0.0.1:" + app.port() + pathAndQuery), new WebSocket.Listener() {})
                        .get(10, TimeUnit.SECONDS));
        return assertInstanceOf(WebSocketHandshakeException.class, failed.getCause())
                .getResponse()
                .statusCode();
    }

    /** A minimal SSE reader: the JSON of each {@code data:} line, in order. */
    private static final class SseLines implements AutoCloseable {
        private final BlockingQueue<String> data = new LinkedBlockingQueue<>();
        private final InputStream body;

        private SseLines(InputStream body) {
            this.body = body;
            Thread.ofVirtual().start(this::read);
        }

        static SseLines open(int port, String pathAndQuery) throws Exception {
            HttpResponse<InputStream> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                                    .build(),
                            HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            return new SseLines(response.body());
        }

        List<String> messages(int count) throws InterruptedException {
            List<String> messages = new ArrayList<>();
            while (messages.size() < count) {
                String json = data.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                if (json == null) {
                    throw new AssertionError("no SSE event within " + WAIT + "; got " + messages);
                }
                JsonObject frame = HttpCalls.object(json);
                if (frame.getString("topic").equals("custom")) {
                    messages.add(frame.getString("message"));
                }
            }
            String more = data.poll(300, TimeUnit.MILLISECONDS);
            assertEquals(null, more, "nothing more than " + messages);
            return messages;
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data:")) {
                        data.add(line.substring(5));
                    }
                }
            } catch (Exception closed) {
                // the stream ended
            }
        }

        @Override
        public void close() throws Exception {
            body.close();
        }
    }
}
