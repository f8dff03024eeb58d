package io.wsnotify.systemtests.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.systemtests.support.ConfigurationKeys;
import io.wsnotify.systemtests.support.NginxBinary;
import io.wsnotify.systemtests.support.NginxConfig;
import io.wsnotify.systemtests.support.Repository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/nginx.conf as shipped: nginx accepts it as it is; it speaks HTTP/1.1 to the nodes, passes the
 * WebSocket upgrade, does not buffer SSE, waits longer than the heartbeats for a quiet stream, and
 * retries another node only where that cannot repeat a write. (The system tests run it in front of
 * real nodes.)
 */
class NginxConfigTest {
    /** The directives, without the comments (so that a directive only mentioned in one does not count). */
    private static final String CONFIG = NginxConfig.shipped()
            .lines()
            .map(line -> line.replaceFirst("#.*", ""))
            .collect(Collectors.joining("\n"));

    @Test
    @ExtendWith(NginxBinary.class)
    void nginxAcceptsTheShippedFileAsItIs(@TempDir Path prefix) throws Exception {
        Process test = new ProcessBuilder(
                        NginxBinary.PATH,
                        "-t",
                        "-p",
                        prefix.toString(),
                        "-c",
                        Repository.file(NginxConfig.SHIPPED).toString(),
                        "-e",
                        "stderr")
                .redirectErrorStream(true)
                .start();
        assertTrue(test.waitFor(30, TimeUnit.SECONDS));
        String output = new String(test.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, test.exitValue(), output);
        assertFalse(output.contains("[emerg]") || output.contains("[warn]"), output);
    }

    @Test
    void listensOn5050InFrontOfTheThreeNodesOverHttp11() {
        assertTrue(CONFIG.contains("listen " + NginxConfig.LISTEN + ";"));
        for (int port : NginxConfig.NODES) {
            assertTrue(CONFIG.contains("server 127.0.0.1:" + port + " "), "node " + port);
        }
        assertTrue(CONFIG.contains("proxy_http_version 1.1;"), "the nodes answer HTTP/1.0 with 505");
        for (String location : List.of("/", "/ws/", "/events")) {
            String block = location(location);
            assertTrue(block.contains("proxy_pass http://notify_nodes;"), location);
            // A location that sets any header inherits none from above: each must set Host itself.
            assertTrue(block.contains("proxy_set_header Host $http_host;"), location + " keeps Host with its port");
        }
    }

    @Test
    void passesTheWebSocketUpgradeAndStreamsSseUnbuffered() {
        String webSocket = location("/ws/");
        assertTrue(webSocket.contains("proxy_set_header Upgrade $http_upgrade;"));
        assertTrue(webSocket.contains("proxy_set_header Connection $connection_upgrade;"));
        assertTrue(location("/events").contains("proxy_buffering off;"));
    }

    @Test
    void waitsLongerThanTheHeartbeatsOnQuietStreams() {
        Duration webSocketSilence =
                duration("notify.delivery.ping-interval").plus(duration("notify.delivery.pong-timeout"));
        Duration sseSilence = duration("notify.delivery.sse-heartbeat");
        assertTrue(readTimeout(location("/ws/")).compareTo(webSocketSilence) > 0, "WebSocket read timeout");
        assertTrue(readTimeout(location("/events")).compareTo(sseSilence) > 0, "SSE read timeout");
    }

    @Test
    void triesAnotherNodeOnlyWhenANodeCannotBeReachedAndNeverRepeatsAWrite() {
        assertFalse(CONFIG.contains("non_idempotent"), "a POST a node has received is never sent to another");
        for (String location : List.of("/", "/ws/", "/events")) {
            assertTrue(
                    location(location).contains("proxy_next_upstream error timeout;"),
                    location + ": a node's own answers (a 503 while the database is down) reach the client");
        }
    }

    private static Duration duration(String key) {
        return Duration.parse(ConfigurationKeys.defaultOf(key));
    }

    private static Duration readTimeout(String block) {
        Matcher timeout = Pattern.compile("proxy_read_timeout (\\d+)s;").matcher(block);
        assertTrue(timeout.find(), block);
        return Duration.ofSeconds(Long.parseLong(timeout.group(1)));
    }

    /** The body of {@code location <path> { ... }} (locations hold no nested blocks). */
    private static String location(String path) {
        Matcher block = Pattern.compile("location " + Pattern.quote(path) + " \\{([^}]*)}")
                .matcher(CONFIG);
        assertTrue(block.find(), "location " + path);
        return block.group(1);
    }
}
