package io.wsnotify.client.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wsnotify.client.support.Api;
import io.wsnotify.client.support.ChildServer;
import io.wsnotify.client.support.Delivery;
import io.wsnotify.client.support.Publisher;
import io.wsnotify.testsupport.Await;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code listen} as a user runs it, in its own process: it prints every acknowledged notification
 * exactly once and in order while the server is killed with SIGKILL and restarted during publishing.
 */
class ListenCommandTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String MESSAGE = "Café ☕ \\\"quoted\\\" and a\\nnew line";

    @TempDir
    Path dir;

    @Test
    void printsEveryAcknowledgedNotificationOnceInOrderAcrossSigkills() throws Exception {
        try (ChildServer server = ChildServer.start(dir.resolve("notify.db"));
                ListenProcess listen = ListenProcess.start(
                        "listen",
                        "--client-id",
                        "cli",
                        "--since",
                        "0",
                        server.uri().toString())) {
            Await.until(
                    "listen to connect",
                    WAIT,
                    () -> listen.stderr().stream().anyMatch(l -> l.contains("connected")),
                    () -> "stderr: " + listen.stderr());
            Api api = new Api(server);
            Publisher publisher =
                    Publisher.start(api, 2, 100_000, "{\"message\": \"" + MESSAGE + "\", \"topic\": \"cli\"}");
            try (publisher) {
                for (int kill = 1; kill <= 2; kill++) {
                    int before = publisher.count();
                    Await.until("more acknowledged notifications", WAIT, () -> publisher.count() >= before + 40);
                    server.kill();
                    server.start();
                    long connects = kill + 1;
                    Await.until(
                            "listen to reconnect",
                            WAIT,
                            () -> connects(listen) == connects,
                            () -> "stderr: " + listen.stderr());
                }
                int before = publisher.count();
                Await.until("publishing after the last restart", WAIT, () -> publisher.count() >= before + 40);
            }
            List<Long> logged = api.loggedSeqs();
            long newest = logged.get(logged.size() - 1);
            Await.until(
                    "listen to print seq " + newest,
                    WAIT,
                    () -> seqs(listen.stdout()).contains(newest),
                    () -> "stderr: " + listen.stderr());

            List<String> lines = listen.stdout();
            Delivery.assertExactlyOnceInOrder(seqs(lines), logged, 0, publisher.acknowledged());
            JsonObject first = Api.object(lines.get(0));
            assertEquals("Café ☕ \"quoted\" and a\nnew line", first.getString("message"), "UTF-8 and escapes intact");
            assertEquals("cli", first.getString("topic"));
            List<String> diagnostics = listen.stderr();
            assertEquals(3, connects(listen), diagnostics.toString());
            assertEquals(
                    2,
                    diagnostics.stream()
                            .filter(l -> l.startsWith("listen: disconnected"))
                            .count(),
                    diagnostics.toString());
        }
    }

    private static long connects(ListenProcess listen) {
        return listen.stderr().stream()
                .filter(line -> line.startsWith("listen: connected"))
                .count();
    }

    private static List<Long> seqs(List<String> lines) {
        return lines.stream()
                .map(line -> Api.object(line).getJsonNumber("seq").longValue())
                .toList();
    }
}
