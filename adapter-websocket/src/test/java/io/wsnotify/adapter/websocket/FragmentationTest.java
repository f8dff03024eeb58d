package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 6455 §5.4: messages in fragments, and the order rules that keep them apart; issue 12.5. */
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
            client.send(
                    ClientFrame.of(ClientFrame.BINARY, new byte[] {1}).notFinal(),
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
    void appPingSentInFragmentsGetsItsPong() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(
                    ClientFrame.text("{").notFinal(),
                    ClientFrame.continuation("\"op\"").notFinal(),
                    ClientFrame.continuation(":\"pi").notFinal(),
                    ClientFrame.continuation("ng\"}"));
            assertEquals(HostileBench.PONG, client.next().text());
        }
    }

    @Test
    void appPingWithWhitespaceAndAnEmptyFragmentGetsItsPong() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(
                    ClientFrame.text(" {\n").notFinal(),
                    ClientFrame.continuation("").notFinal(),
                    ClientFrame.continuation("\t\"op\" : ").notFinal(),
                    ClientFrame.continuation("\"ping\" } \r\n"));
            assertEquals(HostileBench.PONG, client.next().text());
            client.send(ClientFrame.text("").notFinal(), ClientFrame.continuation(HostileBench.PING));
            assertEquals(HostileBench.PONG, client.next().text());
        }
    }

    @Test
    void fragmentedAppPingSentByteByByteGetsItsPong() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.sendByteByByte(
                    ClientFrame.text("{\"op\"").notFinal(),
                    ClientFrame.ping("p"),
                    ClientFrame.continuation(":\"ping\"}"));
            client.next().assertPongOf("p");
            assertEquals(HostileBench.PONG, client.next().text());
        }
    }
}
