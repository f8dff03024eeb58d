package io.wsnotify.bootstrap;

import io.wsnotify.bootstrap.support.HttpCalls;
import io.wsnotify.bootstrap.support.RunningApplications;
import io.wsnotify.bootstrap.support.TestConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The request log writes one line per request that a client cannot split or hide tokens in. */
class RequestLogTest {
    private final Logger requests = Logger.getLogger("io.wsnotify.requests");
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @RegisterExtension
    final RunningApplications applications = new RunningApplications();

    @TempDir
    Path dir;

    @AfterEach
    void detach() {
        requests.removeHandler(capture);
    }

    @Test
    void logsEncodedPathsWithoutQueryOnOneLine() throws Exception {
        var config = TestConfig.quiet(dir.resolve("notify.db"));
        config.put("notify.log-requests", "true");
        HttpCalls http = new HttpCalls(applications.start(TestConfig.of(config)).port());
        requests.addHandler(capture); // after the start: Helidon re-reads the logging configuration then

        assertEquals(400, http.get("/tasks/x%0aFAKE%20LINE?token=secret-value").statusCode());

        String line = lines.stream().filter(l -> l.contains("FAKE")).findFirst()
                .orElseThrow(() -> new AssertionError("no request line for the path in " + lines));
        assertFalse(line.contains("\n"), line);
        assertTrue(line.contains("path=/tasks/x%0aFAKE%20LINE"), line);
        assertFalse(line.contains("secret-value"), line);
        assertTrue(line.contains("status=400"), line);
    }
}
