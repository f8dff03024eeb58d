package io.wsnotify.adapter.websocket;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 6455 §5.1–5.2: what a client frame's first two bytes may say, each broken rule a 1002. */
class FrameHeaderRulesTest {
    private HostileBench bench;

    @BeforeEach
    void start() {
        bench = HostileBench.start();
    }

    @AfterEach
    void stop() {
        bench.close();
    }

    @ParameterizedTest(name = "opcode {0}")
    @ValueSource(ints = {3, 4, 5, 6, 7, 0xB, 0xC, 0xD, 0xE, 0xF})
    void reservedOpcodeClosesWith1002(int opcode) throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.of(opcode, "hi".getBytes(StandardCharsets.UTF_8)));
            bench.assertFailed(client, CloseCodes.PROTOCOL_ERROR);
        }
    }

    @Test
    void reservedOpcodeWithNoPayloadClosesWith1002() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.of(0xB, new byte[0]));
            bench.assertFailed(client, CloseCodes.PROTOCOL_ERROR);
        }
    }

    @ParameterizedTest(name = "RSV bits {0}")
    @ValueSource(ints = {4, 2, 1, 7})
    void reservedBitsCloseWith1002(int bits) throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.text(HostileBench.PING).rsv(bits));
            bench.assertFailed(client, CloseCodes.PROTOCOL_ERROR);
        }
    }

    @Test
    void reservedBitOnAControlFrameClosesWith1002() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.of(ClientFrame.PING, new byte[] {1}).rsv(4));
            bench.assertFailed(client, CloseCodes.PROTOCOL_ERROR);
        }
    }

    @Test
    void unmaskedTextFrameClosesWith1002() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.text(HostileBench.PING).unmasked());
            bench.assertFailed(client, CloseCodes.PROTOCOL_ERROR);
        }
    }

    @Test
    void unmaskedPingClosesWith1002() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.ping("x").unmasked());
            bench.assertFailed(client, CloseCodes.PROTOCOL_ERROR);
        }
    }

    @Test
    void framesAfterABrokenOneAreNotRead() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.of(0x3, new byte[0]), ClientFrame.text(HostileBench.PING), ClientFrame.ping("x"));
            bench.assertFailed(client, CloseCodes.PROTOCOL_ERROR);
        }
    }

    @Test
    void brokenRuleAfterGoodFramesClosesWith1002() throws Exception {
        try (HostileWsClient client = bench.open()) {
            bench.assertAlive(client);
            client.sendByteByByte(ClientFrame.text(HostileBench.PING).rsv(2));
            bench.assertFailed(client, CloseCodes.PROTOCOL_ERROR);
        }
    }
}
