package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.System.Logger.Level;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The protocol tests' "nothing alarming logged" checks see what the server's loggers write. */
class LogWatchTest {
    @Test
    void seesAStackTraceLoggedOnAnIoLaneLoggerFromAnotherThread() throws Exception {
        try (LogWatch watch = LogWatch.start()) {
            Thread lane = Thread.ofPlatform()
                    .start(() -> System.getLogger(IoLane.class.getName())
                            .log(Level.WARNING, "step failed", new IOException("boom")));
            lane.join();
            AssertionFailedError failure = assertThrows(AssertionFailedError.class, watch::assertNoTroubleLogged);
            assertTrue(failure.getMessage().contains("java.io.IOException: boom"), failure.getMessage());
        }
    }

    @Test
    void informationWithoutAStackTraceIsNoTrouble() {
        try (LogWatch watch = LogWatch.start()) {
            System.getLogger("io.helidon.webserver.LoomServer").log(Level.INFO, "Started all channels");
            assertTrue(watch.records().stream().anyMatch(r -> r.getMessage().equals("Started all channels")));
            assertDoesNotThrow(watch::assertNoTroubleLogged);
        }
    }

    @Test
    void seesNothingOnceClosed() {
        LogWatch watch = LogWatch.start();
        watch.close();
        System.getLogger(IoLane.class.getName()).log(Level.INFO, "after the watch");
        assertTrue(watch.records().isEmpty());
    }
}
