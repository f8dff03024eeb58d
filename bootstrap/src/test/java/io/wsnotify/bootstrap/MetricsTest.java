package io.wsnotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.adapter.jwt.testing.SigningKeys;
import io.wsnotify.adapter.jwt.testing.Tokens;
import io.wsnotify.bootstrap.support.HttpCalls;
import io.wsnotify.bootstrap.support.RunningApplications;
import io.wsnotify.bootstrap.support.TestConfig;
import io.wsnotify.bootstrap.support.WsClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** /observe/metrics exposes the service's own meters in Prometheus text. */
class MetricsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    final RunningApplications applications = new RunningApplications();

    @TempDir
    Path dir;

    @Test
    void exposesOwnMetersWithValuesAfterTraffic() throws Exception {
        NotifyApplication app = applications.start(TestConfig.of(TestConfig.quiet(dir.resolve("notify.db"))));
        HttpCalls http = new HttpCalls(app.port());
        try (WsClient client = WsClient.connect(app.port(), "/ws/metrics-watcher")) {
            assertEquals(201, http.post("/tasks", "{\"name\": \"Measured\"}").statusCode());
            client.next(WAIT);
            String metrics = http.get("/observe/metrics").body();

            assertTrue(value(metrics, "notify_notifications_published_total") >= 1, metrics);
            assertTrue(value(metrics, "notify_deliveries_total") >= 1, metrics);
            assertEquals(1, value(metrics, "notify_connections\\{[^}]*transport=\"websocket\""));
            assertEquals(0, value(metrics, "notify_connections\\{[^}]*transport=\"sse\""));
            assertEquals(0, value(metrics, "notify_slow_consumer_disconnects_total"));
            assertTrue(value(metrics, "notify_delivery_latency_seconds_count") >= 1, metrics);
            assertTrue(value(metrics, "notify_delivery_latency_seconds_bucket\\{le=\"\\+Inf\"") >= 1, metrics);
            assertEquals(
                    1,
                    metrics.split("# TYPE notify_delivery_latency_seconds histogram", -1).length - 1,
                    "one latency histogram, also after other applications ran in this JVM");
            assertEquals(
                    1,
                    value(
                            metrics,
                            "notify_http_requests_total\\{[^}]*method=\"POST\",route=\"/tasks\"[^}]*status=\"201\""));
        }
    }

    @Test
    void countsRefusedAuthenticationsByReason() {
        NotifyApplication app = applications.start(TestConfig.with(
                TestConfig.quiet(dir.resolve("notify.db")),
                "notify.security.jwt.secret",
                SigningKeys.SECRET,
                "notify.security.publish-token",
                "metrics-publish"));
        HttpCalls http = new HttpCalls(app.port());
        String expired = Tokens.at(Instant.now()).secondsFromNow("exp", -3600).hs256(SigningKeys.SECRET);
        String reader = Tokens.at(Instant.now()).scope("subscribe").hs256(SigningKeys.SECRET);

        assertEquals(401, get(http, "/tasks", expired).statusCode());
        assertEquals(401, get(http, "/tasks", expired).statusCode());
        assertEquals(403, get(http, "/notifications?client_id=bob", reader).statusCode());
        String metrics = get(http, "/observe/metrics", "metrics-publish").body();

        assertEquals(2, value(metrics, "notify_auth_refused_total\\{[^}]*reason=\"expired\""), metrics);
        assertEquals(1, value(metrics, "notify_auth_refused_total\\{[^}]*reason=\"wrong_subject\""), metrics);
        assertEquals(0, value(metrics, "notify_auth_refused_total\\{[^}]*reason=\"bad_signature\""), metrics);
        assertFalse(metrics.contains(expired.substring(expired.lastIndexOf('.') + 1)));
    }

    private static HttpResponse<String> get(HttpCalls http, String path, String token) {
        return http.send(
                http.request(path).header("Authorization", "Bearer " + token).GET());
    }

    /** The value of the first sample whose name and labels start with {@code prefixPattern}. */
    private static double value(String metrics, String prefixPattern) {
        Matcher matcher = Pattern.compile("(?m)^" + prefixPattern + "[^ ]* ([0-9.eE+-]+)$")
                .matcher(metrics);
        assertTrue(matcher.find(), () -> "no sample " + prefixPattern + " in\n" + metrics);
        return Double.parseDouble(matcher.group(1));
    }
}
