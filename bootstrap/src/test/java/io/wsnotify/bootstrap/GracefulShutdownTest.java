package io.wsnotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.bootstrap.support.ChildJvm;
import io.wsnotify.bootstrap.support.HttpCalls;
import io.wsnotify.bootstrap.support.WsClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to the real main under load (issue 12.6): while a publisher keeps publishing and clients
 * keep connecting, every connected client — live or resuming — is told 1001 with the seq to resume
 * from, exactly the last one it got; the server stops cleanly and logs it; after a restart on the
 * same database each client resumes from that seq and gets every notification after it, once.
 */
class GracefulShutdownTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int CLIENTS = 40;
    private static final Pattern RESUME = Pattern.compile("^server shutting down; resume with since=(\\d+)$");

    @TempDir
    Path dir;

    private record Connected(WsClient client, long since) {}

    @Test
    void sigtermUnderLoadTellsEveryClient1001WithItsResumeSeqAndNothingIsLost() throws Exception {
        Path database = dir.resolve("notify.db");
        Map<Integer, Long> resumeFrom = new ConcurrentHashMap<>();
        try (ChildJvm child = startServer(database)) {
            int port = child.awaitPort(Duration.ofSeconds(60));
            HttpCalls http = new HttpCalls(port);
            for (int i = 0; i < 30; i++) {
                publish(http, "before " + i);
            }
            List<Connected> clients = connect(port, new Random(12));
            AtomicBoolean stopping = new AtomicBoolean();
            Thread publisher = Thread.ofPlatform().start(() -> publishUntilRefused(http, stopping));
            Thread reconnecting = Thread.ofPlatform().start(() -> reconnectUntilRefused(port, stopping));
            awaitEveryClientHasLive(clients);

            child.terminate();
            stopping.set(true);

            for (int i = 0; i < clients.size(); i++) {
                WsClient client = clients.get(i).client();
                assertEquals(1001, client.awaitCloseCode(WAIT), "client " + i);
                Matcher reason = RESUME.matcher(client.awaitCloseReason(WAIT));
                assertTrue(reason.matches(), "client " + i + " was told: " + client.awaitCloseReason(WAIT));
                long named = Long.parseLong(reason.group(1));
                List<Long> got = client.seqs();
                assertEquals(
                        got.isEmpty() ? clients.get(i).since() : got.getLast(), named, "client " + i + " got " + got);
                resumeFrom.put(i, named);
                client.close();
            }
            publisher.join(WAIT.toMillis());
            reconnecting.join(WAIT.toMillis());
            child.awaitExit(WAIT);
            String output = child.output();
            assertTrue(output.contains("Websockets Notify stopped"), output);
            assertFalse(output.contains("SEVERE"), output);
            assertFalse(output.contains("too many connections"), output);
            assertFalse(
                    Files.exists(Path.of(database + "-wal")) && Files.size(Path.of(database + "-wal")) > 0,
                    "the write-ahead log was checkpointed on close");
        }
        resumeAfterRestart(database, resumeFrom);
    }

    private ChildJvm startServer(Path database) throws Exception {
        return ChildJvm.start(
                Main.class.getName(),
                Map.of(
                        "server.port",
                        "0",
                        "server.host",
                        "127.0.0.1",
                        "notify.db.path",
                        database.toString(),
                        "notify.simulator.enabled",
                        "false",
                        "notify.log-requests",
                        "false"),
                Map.of());
    }

    /** Half the clients live, half resuming from a random seq of those already published. */
    private static List<Connected> connect(int port, Random random) throws Exception {
        List<Connected> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            if (i % 2 == 0) {
                WsClient live = WsClient.connect(port, "/ws/live-" + i);
                clients.add(new Connected(live, -1));
            } else {
                long since = random.nextInt(31);
                clients.add(new Connected(WsClient.connect(port, "/ws/resumed-" + i + "?since=" + since), since));
            }
        }
        return clients;
    }

    /** Waits until every client got a notification published after all had joined. */
    private static void awaitEveryClientHasLive(List<Connected> clients) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (clients.stream().anyMatch(c -> c.client().seqs().stream().noneMatch(seq -> seq > 30 + CLIENTS))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not every client got live notifications");
            }
            Thread.sleep(10);
        }
    }

    private static void publishUntilRefused(HttpCalls http, AtomicBoolean stopping) {
        try {
            while (true) {
                publish(http, "during");
            }
        } catch (RuntimeException | AssertionError refusedOnceStopping) {
            assertTrue(stopping.get(), "publishing failed before the stop: " + refusedOnceStopping);
        }
    }

    /** Connects and drops clients while the server stops: each is refused or told 1001, never anything else. */
    private static void reconnectUntilRefused(int port, AtomicBoolean stopping) {
        for (int attempt = 0; ; attempt++) {
            try (WsClient client = WsClient.connect(port, "/ws/reconnecting-" + attempt + "?since=0")) {
                if (stopping.get()) {
                    int code = client.awaitCloseCode(WAIT);
                    assertTrue(
                            code == 1001
                                    && RESUME.matcher(client.awaitCloseReason(WAIT))
                                            .matches(),
                            "a client joining during the stop was closed with " + code + " "
                                    + client.awaitCloseReason(WAIT));
                    return;
                }
            } catch (AssertionError e) {
                throw e;
            } catch (Exception refused) {
                if (stopping.get()) {
                    return;
                }
            }
        }
    }

    private void resumeAfterRestart(Path database, Map<Integer, Long> resumeFrom) throws Exception {
        try (ChildJvm child = startServer(database)) {
            int port = child.awaitPort(Duration.ofSeconds(60));
            long newest = newestSeq(new HttpCalls(port));
            for (Map.Entry<Integer, Long> client : resumeFrom.entrySet()) {
                try (WsClient resumed =
                        WsClient.connect(port, "/ws/back-" + client.getKey() + "?since=" + client.getValue())) {
                    List<Long> expected = LongStream.rangeClosed(client.getValue() + 1, newest)
                            .boxed()
                            .toList();
                    long deadline = System.nanoTime() + WAIT.toNanos();
                    while (resumed.seqs().size() < expected.size() && System.nanoTime() < deadline) {
                        Thread.sleep(5);
                    }
                    assertEquals(
                            expected,
                            resumed.seqs(),
                            "client " + client.getKey() + " resumed after " + client.getValue());
                    assertEquals(Set.copyOf(expected).size(), resumed.seqs().size());
                }
            }
        }
    }

    private static long newestSeq(HttpCalls http) {
        HttpResponse<String> tasks = http.get("/tasks?limit=1");
        return Long.parseLong(tasks.headers().firstValue("Notify-Seq").orElseThrow());
    }

    private static void publish(HttpCalls http, String message) {
        HttpResponse<String> answer = http.post("/notify", "{\"message\":\"" + message + "\"}");
        if (answer.statusCode() != 202) {
            throw new IllegalStateException("publish answered " + answer.statusCode());
        }
    }
}
