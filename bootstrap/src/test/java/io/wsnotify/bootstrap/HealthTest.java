package io.wsnotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.bootstrap.support.HttpCalls;
import io.wsnotify.bootstrap.support.RunningApplications;
import io.wsnotify.bootstrap.support.TestConfig;
import io.wsnotify.testsupport.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Readiness follows the database: 503 while its file is unusable, 200 again once it is back. */
class HealthTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    @RegisterExtension
    final RunningApplications applications = new RunningApplications();

    @TempDir
    Path dir;

    @Test
    void readinessFlipsWithTheDatabaseFile() throws Exception {
        Path database = dir.resolve("notify.db");
        NotifyApplication app = applications.start(TestConfig.of(TestConfig.quiet(database)));
        HttpCalls http = new HttpCalls(app.port());
        assertEquals(200, http.get("/observe/health/ready").statusCode());
        assertEquals(200, http.get("/observe/health/live").statusCode());

        Path aside = dir.resolve("moved-away.db");
        Files.move(database, aside);
        assertEquals(503, Await.value(() -> http.get("/observe/health/ready").statusCode(), 503, WAIT));
        assertTrue(http.get("/observe/health").body().contains("\"database\""));
        assertEquals(200, http.get("/observe/health/live").statusCode(), "the process itself is alive");

        Files.move(aside, database);
        assertEquals(200, Await.value(() -> http.get("/observe/health/ready").statusCode(), 200, WAIT));
    }

    @Test
    void observePathsAnswerWithATrailingSlashToo() {
        NotifyApplication app = applications.start(TestConfig.of(TestConfig.quiet(dir.resolve("notify.db"))));
        HttpCalls http = new HttpCalls(app.port());
        for (String path :
                new String[] {"/observe/health/", "/observe/health/live/", "/observe/health/ready/", "/observe/metrics/"
                }) {
            assertEquals(200, http.get(path).statusCode(), path);
        }
    }
}
