package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.application.AccessPolicy;
import io.wsnotify.testsupport.Await;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HandshakeTest {
    private static final String SUBSCRIBE_TOKEN = "s3cret";
    private static final String PUBLISH_TOKEN = "p0wer";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/ws/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "/ws/a%20b",
                "/ws/%C3%A4",
                "/ws/a!b",
                "/ws/ok?since=-1",
                "/ws/ok?since=abc",
                "/ws/ok?since=",
                "/ws/ok?since=1.5",
                "/ws/ok?since=99999999999999999999",
                "/ws/ok?topics=Tasks",
                "/ws/ok?topics=tasks,bad%20topic",
                "/ws/ok?since=1&since=2",
                "/ws/ok?topics=tasks&topics=devices",
                "/ws/ok?topics=tasks,,devices"
            })
    void refusesMalformedRequestsWith400(String pathAndQuery) throws Exception {
        try (TestServer server = TestServer.start()) {
            assertEquals(400, status(server, pathAndQuery, Map.of()));
            assertEquals(0, server.adapter.openConnections());
        }
    }

    @Test
    void refusesAnEmptyClientId() throws Exception {
        try (TestServer server = TestServer.start()) {
            int status = status(server, "/ws/", Map.of());
            assertTrue(status >= 400 && status < 500, "status " + status);
        }
    }

    @Test
    void acceptsGoodClientIdsSinceAndTopics() throws Exception {
        try (TestServer server = TestServer.start()) {
            String longest = "A".repeat(64);
            assertEquals(101, status(server, "/ws/" + longest, Map.of()));
            assertEquals(101, status(server, "/ws/tab-1.x_y~z?since=0&topics=tasks,devices", Map.of()));
            assertEquals(101, status(server, "/ws/tab-2?topics=", Map.of()));
        }
    }

    @Test
    void subscribeTokenIsRequiredWhenSet() throws Exception {
        try (TestServer server = TestServer.with()
                .access(new AccessPolicy(PUBLISH_TOKEN, SUBSCRIBE_TOKEN))
                .start()) {
            assertEquals(401, status(server, "/ws/me", Map.of()));
            assertEquals(401, status(server, "/ws/me?token=wrong", Map.of()));
            assertEquals(401, status(server, "/ws/me", Map.of("Authorization", "Bearer wrong")));
            assertEquals(101, status(server, "/ws/me?token=" + SUBSCRIBE_TOKEN, Map.of()));
            assertEquals(101, status(server, "/ws/me", Map.of("Authorization", "Bearer " + SUBSCRIBE_TOKEN)));
            assertEquals(101, status(server, "/ws/me?token=" + PUBLISH_TOKEN, Map.of()));
        }
    }

    @Test
    void unauthorizedAnswerCarriesABearerChallenge() throws Exception {
        try (TestServer server = TestServer.with()
                        .access(new AccessPolicy(null, SUBSCRIBE_TOKEN))
                        .start();
                RawClient client = RawClient.connect(server.port(), "/ws/me")) {
            assertEquals(401, client.status);
            assertTrue(client.responseHead.contains("WWW-Authenticate: Bearer"), client.responseHead);
        }
    }

    @Test
    void anyOriginIsAllowedByDefault() throws Exception {
        try (TestServer server = TestServer.start()) {
            assertEquals(101, status(server, "/ws/me", Map.of("Origin", "https://elsewhere.example")));
            assertEquals(101, status(server, "/ws/me", Map.of()));
        }
    }

    @Test
    void originOutsideTheAllowedListIsRefused() throws Exception {
        WebSocketSettings listed = new WebSocketSettings(
                List.of("https://app.example", "http://localhost:3000"),
                100,
                4096,
                Duration.ofSeconds(30),
                Duration.ofSeconds(20));
        try (TestServer server = TestServer.start(listed)) {
            assertEquals(403, status(server, "/ws/me", Map.of("Origin", "https://evil.example")));
            assertEquals(101, status(server, "/ws/me", Map.of("Origin", "https://app.example")));
            assertEquals(101, status(server, "/ws/me", Map.of("Origin", "http://localhost:3000")));
            assertEquals(101, status(server, "/ws/me", Map.of()));
        }
    }

    @Test
    void connectionsBeyondTheLimitAreRefusedWith503() throws Exception {
        WebSocketSettings two =
                new WebSocketSettings(List.of("*"), 2, 4096, Duration.ofSeconds(30), Duration.ofSeconds(20));
        try (TestServer server = TestServer.start(two);
                RawClient second = RawClient.connect(server.port(), "/ws/two")) {
            try (JdkClient first = JdkClient.connect(server.uri("/ws/one"))) {
                assertEquals(101, second.status);
                assertEquals(503, status(server, "/ws/three", Map.of()));
                first.send("{\"op\":\"ping\"}");
                assertEquals("{\"op\":\"pong\"}", first.next(), "the connections within the limit work");
            }
            Await.until("a free slot", JdkClient.WAIT, () -> server.adapter.openConnections() == 1);
            assertEquals(101, status(server, "/ws/three", Map.of()));
        }
    }

    private static int status(TestServer server, String pathAndQuery, Map<String, String> headers) throws Exception {
        try (RawClient client = RawClient.connect(server.port(), pathAndQuery, headers)) {
            return client.status;
        }
    }
}
