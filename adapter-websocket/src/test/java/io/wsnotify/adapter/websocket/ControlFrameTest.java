package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 6455 §5.5: control frames are whole and short, answered at once, even between a message's fragments. */
class ControlFrameTest {
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
    void fragmentedPingClosesWith1002() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.ping("part").notFinal());
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
            client.next().assertPongOf(payload);
            client.next().assertPongOf(new byte[0]);
            bench.assertAlive(client);
        }
    }

    @Test
    void controlFramesBetweenFragmentsAreHandledAndTheMessageCompletes() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(
                    ClientFrame.text("{\"op\":").notFinal(),
                    ClientFrame.ping("between"),
                    ClientFrame.pong("unasked"),
                    ClientFrame.continuation("\"pi").notFinal(),
                    ClientFrame.ping("again"),
                    ClientFrame.continuation("ng\"}"));
            client.next().assertPongOf("between");
            client.next().assertPongOf("again");
            assertEquals(HostileBench.PONG, client.next().text());
            bench.assertAlive(client);
        }
    }
}
