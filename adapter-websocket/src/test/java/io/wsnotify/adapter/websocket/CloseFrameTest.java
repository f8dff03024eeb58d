package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 6455 §5.5.1, §7.4: what a client's close frame may carry, and the server's answer to it. */
class CloseFrameTest {
    private HostileBench bench;

    @BeforeEach
    void start() {
        bench = HostileBench.start();
    }

    @AfterEach
    void stop() {
        bench.close();
    }

    @ParameterizedTest(name = "code {0}")
    @ValueSource(ints = {0, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535})
    void closeCodeAClientMayNotSendClosesWith1002(int code) throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.close(code, ""));
            bench.assertFailed(client, CloseCodes.PROTOCOL_ERROR);
        }
    }

    @ParameterizedTest(name = "code {0}")
    @ValueSource(ints = {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 3000, 4000, 4999})
    void validCloseCodeIsEchoedAndTcpClosed(int code) throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.close(code, "leaving \u00e9"));
            ConnectionEnd end = client.awaitEnd();
            end.assertClosedWith(code);
            assertEquals(1, end.frames().size(), "nothing but the close answer: " + end.frames());
            bench.assertGoneQuietly();
        }
    }

    @Test
    void emptyCloseIsAnsweredWith1000() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.of(ClientFrame.CLOSE, new byte[0]));
            bench.assertFailed(client, CloseCodes.NORMAL);
        }
    }

    @Test
    void oneByteClosePayloadClosesWith1002() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.of(ClientFrame.CLOSE, new byte[] {0x03}));
            bench.assertFailed(client, CloseCodes.PROTOCOL_ERROR);
        }
    }

    @Test
    void closeReasonThatIsNotUtf8ClosesWith1002() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.of(
                    ClientFrame.CLOSE, new byte[] {0x03, (byte) 0xe8, 'o', 'k', (byte) 0xc0, (byte) 0xaf}));
            bench.assertFailed(client, CloseCodes.PROTOCOL_ERROR);
        }
    }

    @Test
    void closeSentByteByByteIsAnswered() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.sendByteByByte(ClientFrame.close(1000, "done"));
            bench.assertFailed(client, CloseCodes.NORMAL);
        }
    }

    @Test
    void framesAfterTheClientsCloseAreIgnored() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(
                    ClientFrame.close(1000, ""), ClientFrame.text(HostileBench.PING), ClientFrame.of(0xB, new byte[0]));
            ConnectionEnd end = client.awaitEnd();
            end.assertClosedWith(CloseCodes.NORMAL);
            assertEquals(1, end.frames().size(), "no pong and no second close: " + end.frames());
            bench.assertGoneQuietly();
        }
    }
}
