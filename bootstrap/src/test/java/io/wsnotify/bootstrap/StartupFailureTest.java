package io.wsnotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.bootstrap.support.ChildJvm;
import io.wsnotify.bootstrap.support.TestConfig;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server that cannot listen refuses to start instead of running without a socket. */
class StartupFailureTest {
    @TempDir
    Path dir;

    @Test
    void anUnreachablePostgresIsAOneLineStartupError() throws Exception {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            closedPort = free.getLocalPort();
        }
        try (ChildJvm child = ChildJvm.start(
                Main.class.getName(),
                Map.of(
                        "notify.store",
                        "postgres",
                        "notify.postgres.url",
                        "jdbc:postgresql://127.0.0.1:" + closedPort + "/notify",
                        "notify.postgres.password",
                        "do-not-show",
                        "server.port",
                        "0"),
                Map.of())) {
            assertEquals(1, child.awaitExit(Duration.ofSeconds(60)), child.output());
            assertOneLineError(child.output(), String.valueOf(closedPort));
        }
    }

    @Test
    void aUrlThatIsNotPostgresIsAOneLineConfigurationError() throws Exception {
        try (ChildJvm child = ChildJvm.start(
                Main.class.getName(),
                Map.of("notify.store", "postgres", "notify.postgres.url", "jdbc:mysql://localhost/notify"),
                Map.of())) {
            assertEquals(2, child.awaitExit(Duration.ofSeconds(60)), child.output());
            assertOneLineError(child.output(), "notify.postgres.url");
        }
    }

    private static void assertOneLineError(String output, String mentioned) {
        List<String> errors = output.lines()
                .filter(line -> line.startsWith("Websockets Notify cannot start"))
                .toList();
        assertEquals(1, errors.size(), output);
        assertTrue(errors.getFirst().contains(mentioned), output);
        assertFalse(output.contains("do-not-show"), "the password is never shown: " + output);
        assertFalse(output.lines().anyMatch(line -> line.startsWith("\tat ") || line.contains("Exception")), output);
    }

    @Test
    void refusesToStartWhenThePortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Map<String, String> config = TestConfig.quiet(dir.resolve("notify.db"));
            config.put("server.port", String.valueOf(taken.getLocalPort()));
            IllegalStateException refused =
                    assertThrows(IllegalStateException.class, () -> NotifyApplication.start(TestConfig.of(config)));
            assertTrue(refused.getMessage().contains(String.valueOf(taken.getLocalPort())), refused.getMessage());
            assertTrue(refused.getMessage().contains("SERVER_PORT"), refused.getMessage());
        }
        assertEquals(
                0,
                Thread.getAllStackTraces().keySet().stream()
                        .filter(thread -> thread.getName().startsWith("ws-io-"))
                        .count(),
                "the parts started before the failure are stopped: no WebSocket I/O lane is left");
        Map<String, String> again = TestConfig.quiet(dir.resolve("notify.db"));
        NotifyApplication.start(TestConfig.of(again)).stop();
    }
}
