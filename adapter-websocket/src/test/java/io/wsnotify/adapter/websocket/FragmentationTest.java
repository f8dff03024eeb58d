package io.wsnotify.adapter.websocket;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** RFC 6455 §5.4: messages in fragments, and the order rules that keep them apart. */
class FragmentationTest {
    private HostileBench bench;

    @BeforeEach
    void start() {
        bench = HostileBench.start();
    }

    @AfterEach
    void stop() {
        bench.close();
    }

    @Test
    void newTextFrameInsideAFragmentedMessageClosesWith1002() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.text("{\"op\":").notFinal(), ClientFrame.text(HostileBench.PING));
            bench.assertFailed(client, CloseCodes.PROTOCOL_ERROR);
        }
    }

    @Test
    void newBinaryFrameInsideAFragmentedMessageClosesWith1002() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.of(ClientFrame.BINARY, new byte[] {1}).notFinal(),
                    ClientFrame.of(ClientFrame.BINARY, new byte[] {2}).notFinal());
            bench.assertFailed(client, CloseCodes.PROTOCOL_ERROR);
        }
    }

    @Test
    void continuationWithNothingToContinueClosesWith1002() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.continuation("orphan"));
            bench.assertFailed(client, CloseCodes.PROTOCOL_ERROR);
        }
    }

    @Test
    void continuationAfterAFinishedMessageClosesWith1002() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.text("{\"op\":").notFinal(), ClientFrame.continuation("\"ping\"}"));
            assertEquals(HostileBench.PONG, client.next().text());
            client.send(ClientFrame.continuation("late").notFinal());
            bench.assertFailed(client, CloseCodes.PROTOCOL_ERROR);
        }
    }

    @Test
    void fragmentedPingClosesWith1002() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.of(ClientFrame.PING, bytes("part")).notFinal());
            bench.assertFailed(client, CloseCodes.PROTOCOL_ERROR);
        }
    }

    @Test
    void fragmentedCloseClosesWith1002() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.close(1000, "bye").notFinal());
            bench.assertFailed(client, CloseCodes.PROTOCOL_ERROR);
        }
    }

    @Test
    void pingWithPayloadOver125BytesClosesWith1002() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.of(ClientFrame.PING, new byte[126]));
            bench.assertFailed(client, CloseCodes.PROTOCOL_ERROR);
        }
    }

    @Test
    void closeWithPayloadOver125BytesClosesWith1002() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.close(1000, "r".repeat(124)));
            bench.assertFailed(client, CloseCodes.PROTOCOL_ERROR);
        }
    }

    @Test
    void pingOf125BytesIsAnsweredWithTheSamePayload() throws Exception {
        byte[] payload = new byte[125];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (i * 7);
        }
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.of(ClientFrame.PING, payload), ClientFrame.of(ClientFrame.PING, new byte[0]));
            assertPong(client.next(), payload);
            assertPong(client.next(), new byte[0]);
            bench.assertAlive(client);
        }
    }

    @Test
    void controlFramesBetweenFragmentsAreHandledAndTheMessageCompletes() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.text("{\"op\":").notFinal(), ClientFrame.of(ClientFrame.PING, bytes("between")),
                    ClientFrame.of(ClientFrame.PONG, bytes("unasked")), ClientFrame.continuation("\"pi").notFinal(),
                    ClientFrame.of(ClientFrame.PING, bytes("again")), ClientFrame.continuation("ng\"}"));
            assertPong(client.next(), bytes("between"));
            assertPong(client.next(), bytes("again"));
            assertEquals(HostileBench.PONG, client.next().text());
            bench.assertAlive(client);
        }
    }

    @Test
    void appPingSentInFragmentsGetsItsPong() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.text("{").notFinal(), ClientFrame.continuation("\"op\"").notFinal(),
                    ClientFrame.continuation(":\"pi").notFinal(), ClientFrame.continuation("ng\"}"));
            assertEquals(HostileBench.PONG, client.next().text());
        }
    }

    @Test
    void appPingWithWhitespaceAndAnEmptyFragmentGetsItsPong() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.text(" {\n").notFinal(), ClientFrame.continuation("").notFinal(),
                    ClientFrame.continuation("\t\"op\" : ").notFinal(), ClientFrame.continuation("\"ping\" } \r\n"));
            assertEquals(HostileBench.PONG, client.next().text());
            client.send(ClientFrame.text("").notFinal(), ClientFrame.continuation(HostileBench.PING));
            assertEquals(HostileBench.PONG, client.next().text());
        }
    }

    @Test
    void fragmentedAppPingSentByteByByteGetsItsPong() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.sendByteByByte(ClientFrame.text("{\"op\"").notFinal(), ClientFrame.of(ClientFrame.PING, bytes("p")),
                    ClientFrame.continuation(":\"ping\"}"));
            assertPong(client.next(), bytes("p"));
            assertEquals(HostileBench.PONG, client.next().text());
        }
    }

    private static void assertPong(ServerFrame frame, byte[] payload) {
        assertEquals(ClientFrame.PONG, frame.opcode(), frame.toString());
        assertEquals(new String(payload, StandardCharsets.ISO_8859_1),
                new String(frame.payload(), StandardCharsets.ISO_8859_1));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
