package io.wsnotify.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.client.support.Api;
import io.wsnotify.client.support.InProcessServer;
import io.wsnotify.client.support.Recorder;
import io.wsnotify.testsupport.Await;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bearer tokens (DESIGN §6): a refused token is an error, never retried. */
class AuthenticationTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SUBSCRIBE = "sub-secret";
    private static final String PUBLISH = "pub-secret";

    @TempDir
    Path dir;

    private InProcessServer secured() {
        return InProcessServer.start(
                dir.resolve("notify.db"),
                "notify.security.subscribe-token",
                SUBSCRIBE,
                "notify.security.publish-token",
                PUBLISH);
    }

    @Test
    void wrongTokenFailsConnectAt401AtOnceWithoutRetrying() {
        AtomicInteger asked = new AtomicInteger();
        try (InProcessServer server = secured()) {
            long begin = System.nanoTime();
            NotifyException refused = assertThrows(
                    NotifyException.class,
                    () -> NotifyClient.builder(server.uri())
                            .clientId("intruder")
                            .token(() -> {
                                asked.incrementAndGet();
                                return "wrong";
                            })
                            .backoff(Duration.ofMillis(10), Duration.ofMillis(10))
                            .connectTimeout(Duration.ofSeconds(30))
                            .connect());
            assertEquals(401, refused.status(), refused.getMessage());
            assertTrue(refused.isAuthenticationFailure() && refused.isFinal());
            assertTrue(
                    System.nanoTime() - begin < Duration.ofSeconds(10).toNanos(),
                    "refused at once, not at the timeout");
            assertEquals(1, asked.get(), "one attempt: a 401 is not retried");
        }
    }

    @Test
    void tokenRefusedAtAReconnectReachesTheErrorCallbackOnceAndStopsTheClient() throws Exception {
        AtomicReference<String> token = new AtomicReference<>(SUBSCRIBE);
        AtomicInteger asked = new AtomicInteger();
        Recorder recorder = new Recorder();
        try (InProcessServer server = secured();
                NotifyClient client = recorder.attach(NotifyClient.builder(server.uri())
                                .clientId("rotating")
                                .token(() -> {
                                    asked.incrementAndGet();
                                    return token.get();
                                })
                                .backoff(Duration.ofMillis(10), Duration.ofMillis(20)))
                        .connect()) {
            Api api = new Api(server, PUBLISH);
            long seq = api.publish("{\"message\": \"before\"}");
            Await.until("the notification", WAIT, () -> client.lastSeq() == seq, recorder::summary);

            token.set("revoked");
            server.stop();
            server.start();
            Await.until("the error callback", WAIT, () -> !recorder.errors().isEmpty(), recorder::summary);
            assertEquals(
                    401,
                    recorder.errors().get(0).status(),
                    recorder.errors().get(0).getMessage());
            int attempts = asked.get();
            // With a 10-20 ms backoff, a retry would show within this window many times over.
            Await.holds("no further attempt", Duration.ofMillis(500), () -> asked.get() == attempts, recorder::summary);
            assertEquals(1, recorder.errors().size());
            assertEquals(seq, client.lastSeq());
        }
    }

    @Test
    void publishTokenAlsoSubscribesAndReadsWithTheHeader() throws Exception {
        Recorder recorder = new Recorder();
        try (InProcessServer server = secured();
                NotifyClient client = recorder.attach(NotifyClient.builder(server.uri())
                                .clientId("app")
                                .token(PUBLISH))
                        .connect()) {
            long seq = new Api(server, PUBLISH).publish("{\"message\": \"hello\"}");
            Await.until("the notification", WAIT, () -> client.lastSeq() == seq, recorder::summary);
            assertEquals("hello", recorder.notifications().get(0).message());
            Snapshot<String> tasks = client.get("/tasks");
            assertEquals("[]", tasks.body());
            assertEquals(seq, tasks.seq());
        }
    }
}
