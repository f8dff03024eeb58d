package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DESIGN §6 and RFC 6455 §7.4.1: inbound frames and messages over 4 KiB end with 1009, whatever length they declare. */
class FrameSizeTest {
    private static final int LIMIT = WebSocketSettings.defaults().maxFrameBytes();

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
    void theDefaultLimitIs4KiB() {
        assertEquals(4096, LIMIT);
    }

    @Test
    void frameOneByteOverTheLimitClosesWith1009() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.of(ClientFrame.TEXT, new byte[LIMIT + 1]));
            bench.assertFailed(client, CloseCodes.TOO_BIG);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = ClientFrame.LengthForm.class,
            names = {"BITS_16", "BITS_64"})
    void frameAtTheLimitIsAcceptedInEitherLengthForm(ClientFrame.LengthForm form) throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.of(ClientFrame.BINARY, new byte[LIMIT]).form(form));
            bench.assertAlive(client);
        }
    }

    @Test
    void frameAtTheLimitSentInSmallPiecesIsReadWhole() throws Exception {
        String padded = HostileBench.PING + " ".repeat(LIMIT - HostileBench.PING.length());
        try (HostileWsClient client = bench.open()) {
            client.sendInPieces(7, ClientFrame.text(padded));
            assertEquals(HostileBench.PONG, client.next().text());
        }
    }

    @Test
    void fragmentedMessageOverTheLimitClosesWith1009() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(
                    ClientFrame.of(ClientFrame.TEXT, new byte[2000]).notFinal(),
                    ClientFrame.of(ClientFrame.CONTINUATION, new byte[2000]).notFinal(),
                    ClientFrame.of(ClientFrame.CONTINUATION, new byte[97]));
            bench.assertFailed(client, CloseCodes.TOO_BIG);
        }
    }

    @Test
    void fragmentedMessageAtTheLimitIsAccepted() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(
                    ClientFrame.of(ClientFrame.BINARY, new byte[2000]).notFinal(),
                    ClientFrame.of(ClientFrame.CONTINUATION, new byte[2000]).notFinal(),
                    ClientFrame.of(ClientFrame.CONTINUATION, new byte[96]));
            bench.assertAlive(client);
        }
    }

    /** The server must judge the declared length at once, never wait for (or buffer) the payload. */
    @ParameterizedTest(name = "declared {0}")
    @ValueSource(longs = {Integer.MAX_VALUE + 1L, 1L << 40, Long.MAX_VALUE, Long.MIN_VALUE, -2})
    void hugeDeclared64BitLengthClosesWith1009AtOnce(long declared) throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.of(ClientFrame.BINARY, new byte[64]).declaring(declared));
            bench.assertFailed(client, CloseCodes.TOO_BIG);
        }
    }

    @Test
    void hugeDeclaredLengthSentByteByByteClosesWith1009() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.sendByteByByte(ClientFrame.of(ClientFrame.TEXT, new byte[0]).declaring(1L << 33));
            bench.assertFailed(client, CloseCodes.TOO_BIG);
        }
    }
}
