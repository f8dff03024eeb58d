package io.wsnotify.adapter.websocket;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 6455 §5.6, §8.1: a text message must be UTF-8 as a whole (1007 otherwise); fragments may cut characters. */
class TextUtf8Test {
    private HostileBench bench;

    @BeforeEach
    void start() {
        bench = HostileBench.start();
    }

    @AfterEach
    void stop() {
        bench.close();
    }

    /** Lone continuation byte, overlong '/', UTF-16 surrogate, beyond U+10FFFF, 0xFF, a character cut at the end. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"6180", "c0af", "eda080", "f4908080", "ff", "61e282"})
    void invalidUtf8InOneFrameClosesWith1007(String hex) throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.of(ClientFrame.TEXT, HexFormat.of().parseHex(hex)));
            bench.assertFailed(client, CloseCodes.INVALID_DATA);
        }
    }

    @Test
    void invalidUtf8InALaterFragmentClosesWith1007() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(
                    ClientFrame.text("{\"op\":").notFinal(),
                    ClientFrame.of(ClientFrame.CONTINUATION, new byte[] {(byte) 0xc0, (byte) 0xaf})
                            .notFinal(),
                    ClientFrame.continuation("}"));
            bench.assertFailed(client, CloseCodes.INVALID_DATA);
        }
    }

    @Test
    void characterLeftUnfinishedByTheLastFragmentClosesWith1007() throws Exception {
        byte[] euro = "\u20ac".getBytes(StandardCharsets.UTF_8);
        try (HostileWsClient client = bench.open()) {
            client.send(
                    ClientFrame.text("price: ").notFinal(),
                    ClientFrame.of(ClientFrame.CONTINUATION, Arrays.copyOf(euro, 2)));
            bench.assertFailed(client, CloseCodes.INVALID_DATA);
        }
    }

    @Test
    void characterSplitBetweenFragmentsIsAccepted() throws Exception {
        byte[] text = "\u00e9\u20ac\ud83d\ude00".getBytes(StandardCharsets.UTF_8);
        try (HostileWsClient client = bench.open()) {
            client.send(
                    fragment(ClientFrame.TEXT, text, 0, 1, false),
                    fragment(ClientFrame.CONTINUATION, text, 1, 3, false),
                    fragment(ClientFrame.CONTINUATION, text, 3, 6, false),
                    fragment(ClientFrame.CONTINUATION, text, 6, text.length, true));
            bench.assertAlive(client);
        }
    }

    @Test
    void wellFormedTextInEveryPlaneIsAccepted() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.text("a\u00ff\u0800\uffff\ud800\udc00\udbff\udfff"));
            bench.assertAlive(client);
        }
    }

    @Test
    void binaryMessagesNeedNotBeUtf8() throws Exception {
        try (HostileWsClient client = bench.open()) {
            client.send(ClientFrame.of(ClientFrame.BINARY, new byte[] {(byte) 0xc0, (byte) 0xaf, (byte) 0xff}));
            bench.assertAlive(client);
        }
    }

    private static ClientFrame fragment(int opcode, byte[] bytes, int from, int to, boolean fin) {
        ClientFrame frame = ClientFrame.of(opcode, Arrays.copyOfRange(bytes, from, to));
        return fin ? frame : frame.notFinal();
    }
}
