package io.wsnotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.sun.management.HotSpotDiagnosticMXBean;
import io.wsnotify.bootstrap.support.HttpCalls;
import io.wsnotify.bootstrap.support.RunningApplications;
import io.wsnotify.bootstrap.support.TestConfig;
import io.wsnotify.bootstrap.support.WsClient;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An open WebSocket costs no thread: Helidon's thread for the connection ends once the I/O lanes
 * have its socket, and the socket stays open, delivering, and closes when the server stops.
 */
class WebSocketThreadReleaseTest {
    private static final int SOCKETS = 20;
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    final RunningApplications applications = new RunningApplications();

    @TempDir
    Path dir;

    @Test
    void openWebSocketsKeepNoThreadAndStillDeliver() throws Exception {
        NotifyApplication app = applications.start(TestConfig.of(TestConfig.quiet(dir.resolve("notify.db"))));
        List<WsClient> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < SOCKETS; i++) {
                sockets.add(WsClient.connect(app.port(), "/ws/idle-" + i + "?topics=release"));
            }
            assertEquals(0, threadsIn("WebSocketConnection.handle"), "threads still parked in handle");

            new HttpCalls(app.port()).post("/notify", "{\"message\": \"after release\", \"topic\": \"release\"}");
            for (WsClient socket : sockets) {
                assertNotNull(
                        socket.nextMatching(frame -> "after release".equals(frame.getString("message", "")), WAIT),
                        "a socket whose thread ended still delivers");
            }
            app.stop();
            for (WsClient socket : sockets) {
                assertEquals(1001, socket.awaitCloseCode(WAIT), "the lanes close released sockets on stop");
            }
        } finally {
            sockets.forEach(WsClient::close);
        }
    }

    /** Threads, virtual ones included, with {@code frame} in their stack. */
    private long threadsIn(String frame) throws Exception {
        Path dump = dir.resolve("threads-" + System.nanoTime() + ".txt");
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .dumpThreads(dump.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.TEXT_PLAIN);
        return Files.readString(dump)
                .lines()
                .filter(line -> line.contains(frame))
                .count();
    }
}
