package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.wsnotify.testsupport.Await;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientFramesTest {
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void pingMessageIsAnsweredWithPong() throws Exception {
        try (JdkClient client = JdkClient.connect(server.uri("/ws/pinger"))) {
            client.send("{\"op\":\"ping\"}");
            assertEquals("{\"op\":\"pong\"}", client.next());
            client.send(" {\n\t\"op\" :  \"ping\" } ");
            assertEquals("{\"op\":\"pong\"}", client.next());
        }
    }

    @Test
    void binaryFramesAndGarbageTextBreakNothing() throws Exception {
        try (JdkClient noisy = JdkClient.connect(server.uri("/ws/noisy"));
                JdkClient quiet = JdkClient.connect(server.uri("/ws/quiet"))) {
            noisy.sendBinary(new byte[] {0, 1, 2, (byte) 0xff});
            noisy.send("not json at all {{{");
            noisy.send("{\"op\":\"pong\"}");
            noisy.send("{\"op\":\"ping\",\"extra\":1}");
            noisy.send("");
            noisy.send("\u00e4\u00f6\u00fc \ud83d\ude00");
            noisy.send("{\"op\":\"ping\"}");
            assertEquals("{\"op\":\"pong\"}", noisy.next(), "only the real ping is answered");

            server.publish("still working");
            assertEquals("still working", Frames.string(noisy.next(), "message"));
            assertEquals("still working", Frames.string(quiet.next(), "message"));
            assertFalse(noisy.closed.isDone());
        }
    }

    @Test
    void frameOverTheLimitClosesWith1009() throws Exception {
        try (JdkClient client = JdkClient.connect(server.uri("/ws/big"))) {
            client.send("x".repeat(5 * 1024));
            assertEquals(CloseCodes.TOO_BIG, client.awaitClose().code());
            Await.until(
                    "the oversized connection to be forgotten",
                    Duration.ofSeconds(10),
                    () -> server.adapter.openConnections() == 0 && server.adapter.openConnections() == 0);
        }
    }

    @Test
    void frameAtTheLimitIsAccepted() throws Exception {
        try (JdkClient client = JdkClient.connect(server.uri("/ws/fits"))) {
            client.send("y".repeat(4096));
            client.send("{\"op\":\"ping\"}");
            assertEquals("{\"op\":\"pong\"}", client.next());
        }
    }

    @Test
    void protocolPingIsAnsweredWithPong() throws Exception {
        try (RawClient client = RawClient.connect(server.port(), "/ws/raw")) {
            client.send(RawClient.PING, "hello".getBytes(StandardCharsets.UTF_8));
            RawClient.Frame pong = client.read(JdkClient.WAIT);
            assertEquals(10, pong.opcode());
            assertEquals("hello", pong.text());
        }
    }
}
