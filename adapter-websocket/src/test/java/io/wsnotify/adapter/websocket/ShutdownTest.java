package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wsnotify.testsupport.Await;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShutdownTest {
    @Test
    void coreCloseEndsEveryConnectionWith1001AndItsResumeSeq() throws Exception {
        try (TestServer server = TestServer.start();
                JdkClient one = JdkClient.connect(server.uri("/ws/one"));
                JdkClient two = JdkClient.connect(server.uri("/ws/two"))) {
            Await.until("two subscriptions", JdkClient.WAIT, () -> server.adapter.openConnections() == 2);
            long seq = server.publish("last words");
            assertEquals(seq, Frames.seq(one.next()));
            assertEquals(seq, Frames.seq(two.next()));

            server.core.close();
            for (JdkClient client : new JdkClient[] {one, two}) {
                JdkClient.Closed closed = client.awaitClose();
                assertEquals(CloseCodes.GOING_AWAY, closed.code());
                assertEquals("server shutting down; resume with since=" + seq, closed.reason());
            }
            Await.until("no connection left", JdkClient.WAIT, () -> server.adapter.openConnections() == 0);
        }
    }

    @Test
    void adapterCloseEndsConnectionsWith1001AndRefusesNewOnes() throws Exception {
        try (TestServer server = TestServer.start();
                JdkClient client = JdkClient.connect(server.uri("/ws/one"))) {
            Await.until("a subscription", JdkClient.WAIT, () -> server.adapter.openConnections() == 1);
            server.adapter.close();
            assertEquals(0, server.adapter.openConnections(), "close() returns once every connection is gone");
            assertEquals(CloseCodes.GOING_AWAY, client.awaitClose().code());
            try (RawClient late = RawClient.connect(server.port(), "/ws/late", Map.of())) {
                assertEquals(503, late.status);
            }
        }
    }
}
