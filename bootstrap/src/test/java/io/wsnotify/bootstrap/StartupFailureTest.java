package io.wsnotify.bootstrap;

import io.wsnotify.bootstrap.support.TestConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A server that cannot listen refuses to start instead of running without a socket. */
class StartupFailureTest {
    @TempDir
    Path dir;

    @Test
    void refusesToStartWhenThePortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Map<String, String> config = TestConfig.quiet(dir.resolve("notify.db"));
            config.put("server.port", String.valueOf(taken.getLocalPort()));
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> NotifyApplication.start(TestConfig.of(config)));
            assertTrue(refused.getMessage().contains(String.valueOf(taken.getLocalPort())), refused.getMessage());
            assertTrue(refused.getMessage().contains("SERVER_PORT"), refused.getMessage());
        }
    }
}
