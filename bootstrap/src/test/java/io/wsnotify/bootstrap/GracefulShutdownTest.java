package io.wsnotify.bootstrap;

import io.wsnotify.bootstrap.support.ChildJvm;
import io.wsnotify.bootstrap.support.WsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SIGTERM to the real main: clients are told 1001, everything stops in order and the log says so. */
class GracefulShutdownTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void sigtermClosesWebSocketsWith1001AndStopsCleanly() throws Exception {
        Path database = dir.resolve("notify.db");
        try (ChildJvm child = ChildJvm.start(Main.class.getName(), Map.of("server.port", "0",
                "server.host", "127.0.0.1", "notify.db.path", database.toString(),
                "notify.simulator.enabled", "false"), Map.of())) {
            int port = child.awaitPort(Duration.ofSeconds(60));
            try (WsClient client = WsClient.connect(port, "/ws/leaving")) {
                child.terminate();
                assertEquals(1001, client.awaitCloseCode(WAIT), child.output());
            }
            child.awaitExit(WAIT);
            String output = child.output();
            assertTrue(output.contains("Websockets Notify stopped"), output);
            assertFalse(output.contains("SEVERE"), output);
            assertFalse(Files.exists(Path.of(database + "-wal")) && Files.size(Path.of(database + "-wal")) > 0,
                    "the write-ahead log was checkpointed on close");
        }
    }
}
