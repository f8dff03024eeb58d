package io.wsnotify.adapter.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * While PostgreSQL cannot be reached, a statement that finds no connection to borrow fails after one
 * wait for the pool, not two: the retry for a stale connection is only for a connection the server
 * ended, and the pool has been trying to open new ones the whole time. (Writers queue one behind the
 * other during an outage, so every doubled wait delays each of them.)
 */
class UnreachablePoolTest {
    private static final Duration ACQUIRE = Duration.ofMillis(300);

    @Test
    void noConnectionToLendIsNotTriedAgain() throws IOException {
        HikariConfig config = new ConnectionOpener(
                        new PostgresSettings("jdbc:postgresql://127.0.0.1:" + closedPort() + "/notify", "notify", null),
                        Duration.ofSeconds(1))
                .pool();
        config.setConnectionTimeout(ACQUIRE.toMillis());
        try (HikariConnectionPool pool = new HikariConnectionPool(config)) {
            AtomicInteger attempts = new AtomicInteger();
            RuntimeException failure = assertThrows(
                    RuntimeException.class,
                    () -> pool.retryOnStaleConnection(() -> {
                        attempts.incrementAndGet();
                        return pool.connection();
                    }));
            assertTrue(HikariConnectionPool.noConnection(failure), failure.toString());
            assertEquals(1, attempts.get(), "waited for the pool once");
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
