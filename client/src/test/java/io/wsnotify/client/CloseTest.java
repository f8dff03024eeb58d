package io.wsnotify.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.client.support.Api;
import io.wsnotify.client.support.InProcessServer;
import io.wsnotify.client.support.Recorder;
import io.wsnotify.testsupport.Await;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code close()} returns within a second wherever the client is, and twice is harmless. */
class CloseTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final long PROMPT_NANOS = TimeUnit.SECONDS.toNanos(1);

    @TempDir
    Path dir;

    @Test
    void closeWhileConnectedIsPromptIdempotentAndEndsTheServersConnection() throws Exception {
        try (InProcessServer server = InProcessServer.start(dir.resolve("notify.db"))) {
            Api api = new Api(server);
            NotifyClient client =
                    NotifyClient.builder(server.uri()).clientId("leaving").connect();
            Await.until("the server to count the connection", WAIT, () -> webSocketConnections(api) == 1);
            assertPrompt(client::close);
            assertPrompt(client::close);
            Await.until("the server to see the connection end", WAIT, () -> webSocketConnections(api) == 0);
        }
    }

    @Test
    void closeWhileWaitingToReconnectIsPrompt() throws Exception {
        Recorder recorder = new Recorder();
        try (InProcessServer server = InProcessServer.start(dir.resolve("notify.db"))) {
            // An attempt that meets the stopping server may hang until its timeout: keep that short.
            NotifyClient client = recorder.attach(NotifyClient.builder(server.uri())
                            .clientId("waiting")
                            .connectTimeout(Duration.ofSeconds(2))
                            .backoff(Duration.ofMinutes(5), Duration.ofMinutes(5)))
                    .connect();
            server.stop();
            Await.until(
                    "a failed reconnect",
                    WAIT,
                    () -> !recorder.events(ConnectionEvent.Kind.CONNECT_FAILED).isEmpty(),
                    recorder::summary);
            assertPrompt(client::close);
        }
    }

    @Test
    void closeFromInsideACallbackReturnsAndStopsTheClient() throws Exception {
        CompletableFuture<Long> closedAfter = new CompletableFuture<>();
        try (InProcessServer server = InProcessServer.start(dir.resolve("notify.db"))) {
            NotifyClient[] holder = new NotifyClient[1];
            holder[0] = NotifyClient.builder(server.uri())
                    .clientId("quitter")
                    .onNotification(n -> {
                        long begin = System.nanoTime();
                        holder[0].close();
                        closedAfter.complete(System.nanoTime() - begin);
                    })
                    .connect();
            new Api(server).publish("{\"message\": \"stop now\"}");
            assertTrue(closedAfter.get(30, TimeUnit.SECONDS) < PROMPT_NANOS, "close() from a callback is prompt");
        }
    }

    @Test
    void connectGivesUpAtTheConnectTimeoutWhenNothingListens() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort(); // free once closed: nothing listens there
        }
        long begin = System.nanoTime();
        NotifyException failure = assertThrows(
                NotifyException.class,
                () -> NotifyClient.builder(URI.create("http://127.0.0.1:" + port))
                        .clientId("nobody")
                        .connectTimeout(Duration.ofMillis(700))
                        .backoff(Duration.ofMillis(50), Duration.ofMillis(100))
                        .connect());
        long took = System.nanoTime() - begin;
        assertEquals(0, failure.status(), failure.getMessage());
        assertTrue(failure.getMessage().contains("within 700 ms"), failure.getMessage());
        assertTrue(
                took >= TimeUnit.MILLISECONDS.toNanos(600) && took < TimeUnit.SECONDS.toNanos(5),
                "kept trying until the timeout, then stopped: " + took / 1_000_000 + " ms");
    }

    private static void assertPrompt(Runnable close) {
        long begin = System.nanoTime();
        close.run();
        long took = System.nanoTime() - begin;
        assertTrue(took < PROMPT_NANOS, "close() took " + took / 1_000_000 + " ms");
    }

    private static int webSocketConnections(Api api) {
        String metrics = api.get("/observe/metrics").body();
        for (String line : metrics.split("\n")) {
            if (line.startsWith("notify_connections{") && line.contains("transport=\"websocket\"")) {
                return (int) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no notify_connections gauge for websocket in:\n" + metrics);
    }
}
