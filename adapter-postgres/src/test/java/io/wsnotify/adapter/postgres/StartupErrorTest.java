package io.wsnotify.adapter.postgres;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A store that cannot open says why in one line a person can act on, naming the key to check, and fast. */
class StartupErrorTest {
    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    @Test
    void anUnreachableServer() throws IOException {
        int closedPort = closedPort();
        String message = failureOf(settings("jdbc:postgresql://127.0.0.1:" + closedPort + "/notify", "postgres", null));
        assertOneLine(message);
        assertTrue(message.startsWith("Cannot reach PostgreSQL at 127.0.0.1:" + closedPort + "/notify"), message);
        assertTrue(message.contains("notify.postgres.url"), message);
    }

    @Test
    void aServerThatNeverAnswers() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> acceptAndSayNothing(silent));
            PostgresSettings settings =
                    settings("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/notify", "postgres", null);
            PostgresUnavailableException failure = assertTimeoutPreemptively(
                    Duration.ofSeconds(10),
                    () -> assertThrows(
                            PostgresUnavailableException.class,
                            () -> new ConnectionOpener(settings, Duration.ofSeconds(1)).check()));
            assertOneLine(failure.getMessage());
            assertTrue(failure.getMessage().startsWith("Cannot reach PostgreSQL at 127.0.0.1:"), failure.getMessage());
        }
    }

    @Test
    void aRefusedLogin() {
        String message = failureOf(settings(POSTGRES.server().url("postgres"), "nobody", "not-this-one"));
        assertOneLine(message);
        assertTrue(message.contains("refused the login of user 'nobody'"), message);
        assertTrue(message.contains("notify.postgres.user") && message.contains("notify.postgres.password"), message);
        assertFalse(message.contains("not-this-one"), "never the password: " + message);
    }

    @Test
    void aMissingDatabase() {
        String message = failureOf(settings(POSTGRES.server().url("no_such_db"), "postgres", null));
        assertOneLine(message);
        assertTrue(message.contains("/no_such_db has no such database"), message);
        assertTrue(message.contains("notify.postgres.url"), message);
    }

    @Test
    void aUrlThatIsNotPostgres() {
        IllegalArgumentException failure = assertThrows(
                IllegalArgumentException.class, () -> settings("jdbc:mysql://localhost/notify", "postgres", null));
        assertTrue(
                failure.getMessage().startsWith("notify.postgres.url must start with jdbc:postgresql:"),
                failure.getMessage());
    }

    private static String failureOf(PostgresSettings settings) {
        String message = assertTimeoutPreemptively(
                        Duration.ofSeconds(15),
                        () -> assertThrows(PostgresUnavailableException.class, () -> PostgresStore.open(settings)))
                .getMessage();
        System.out.println("startup error: " + message);
        return message;
    }

    private static PostgresSettings settings(String url, String user, String password) {
        return new PostgresSettings(url, user, password, 2, Duration.ofMillis(500));
    }

    private static void assertOneLine(String message) {
        assertFalse(message.contains("\n") || message.contains("\r"), "one line: " + message);
        assertTrue(message.length() < 400, "short: " + message);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void acceptAndSayNothing(ServerSocket silent) {
        try (Socket ignored = silent.accept()) {
            ignored.getInputStream().readAllBytes();
        } catch (IOException e) {
            // the test is over
        }
    }
}
