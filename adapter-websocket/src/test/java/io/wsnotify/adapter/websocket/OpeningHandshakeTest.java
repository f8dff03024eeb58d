package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 6455 §4.2: the HTTP side of the opening handshake, checked on the wire. */
class OpeningHandshakeTest {
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
    void acceptValueIsRightForTheRfcSampleKey() throws Exception {
        try (HostileWsClient client =
                send(HandshakeText.request("/ws/sample", HandshakeText.upgradeHeaders(HandshakeText.RFC_SAMPLE_KEY)))) {
            assertEquals(101, client.status, client.responseHead);
            assertEquals(HandshakeText.RFC_SAMPLE_ACCEPT, client.header("Sec-WebSocket-Accept"));
            assertTrue("websocket".equalsIgnoreCase(client.header("Upgrade")), client.responseHead);
            assertTrue("upgrade".equalsIgnoreCase(client.header("Connection")), client.responseHead);
            bench.assertAlive(client);
        }
    }

    @ParameterizedTest(name = "version {0}")
    @ValueSource(strings = {"8", "7", "12", "14", "13, 8", "thirteen"})
    void otherVersionIsRefusedWith426NamingVersion13(String version) throws Exception {
        try (HostileWsClient client = send(HandshakeText.request(
                "/ws/old",
                "Upgrade: websocket",
                "Connection: Upgrade",
                "Sec-WebSocket-Key: " + HandshakeText.newKey(),
                "Sec-WebSocket-Version: " + version))) {
            assertEquals(426, client.status, client.responseHead);
            assertEquals("13", client.header("Sec-WebSocket-Version"), client.responseHead);
            assertRefusedQuietly(client);
        }
    }

    @Test
    void missingKeyIsRefusedWith400() throws Exception {
        try (HostileWsClient client = send(HandshakeText.request(
                "/ws/nokey", "Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Version: 13"))) {
            assertEquals(400, client.status, client.responseHead);
            assertRefusedQuietly(client);
        }
    }

    /** Empty, not base64, and base64 of 15 and 17 bytes: a key is 16 bytes. */
    @ParameterizedTest(name = "key \"{0}\"")
    @ValueSource(strings = {"", "!!!not-base64!!!!!!!!!!", "AAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAA="})
    void malformedKeyIsRefusedWith400(String key) throws Exception {
        assertEquals(15, Base64.getDecoder().decode("AAAAAAAAAAAAAAAAAAAA").length);
        assertEquals(17, Base64.getDecoder().decode("AAAAAAAAAAAAAAAAAAAAAAA=").length);
        try (HostileWsClient client = send(HandshakeText.request(
                "/ws/badkey",
                "Upgrade: websocket",
                "Connection: Upgrade",
                "Sec-WebSocket-Key: " + key,
                "Sec-WebSocket-Version: 13"))) {
            assertEquals(400, client.status, client.responseHead);
            assertRefusedQuietly(client);
        }
    }

    @ParameterizedTest(name = "Connection: {0}")
    @ValueSource(strings = {"keep-alive", "close", "upgraded", "keep-alive, upgrade-insecure"})
    void connectionHeaderWithoutUpgradeIsRefusedWith400(String connection) throws Exception {
        try (HostileWsClient client = send(HandshakeText.request(
                "/ws/noconn",
                "Upgrade: websocket",
                "Connection: " + connection,
                "Sec-WebSocket-Key: " + HandshakeText.newKey(),
                "Sec-WebSocket-Version: 13"))) {
            assertEquals(400, client.status, client.responseHead);
            assertRefusedQuietly(client);
        }
    }

    @Test
    void connectionHeaderListingUpgradeAmongOthersIsAccepted() throws Exception {
        String key = HandshakeText.newKey();
        try (HostileWsClient client = send(HandshakeText.request(
                "/ws/listed",
                "Upgrade: websocket",
                "Connection: keep-alive, Upgrade",
                "Sec-WebSocket-Key: " + key,
                "Sec-WebSocket-Version: 13"))) {
            assertEquals(101, client.status, client.responseHead);
            assertEquals(UpgradeRequest.accept(key), client.header("Sec-WebSocket-Accept"));
            bench.assertAlive(client);
        }
    }

    /** RFC 6455 §4.2.1: the Upgrade value "websocket" is case-insensitive. */
    @ParameterizedTest(name = "Upgrade: {0}")
    @ValueSource(strings = {"WebSocket", "WEBSOCKET", "Websocket", "wEbSoCkEt"})
    void upgradeValueInAnyCaseIsAccepted(String upgrade) throws Exception {
        String key = HandshakeText.newKey();
        try (HostileWsClient client = send(HandshakeText.request(
                "/ws/cased",
                "Upgrade: " + upgrade,
                "Connection: Upgrade",
                "Sec-WebSocket-Key: " + key,
                "Sec-WebSocket-Version: 13"))) {
            assertEquals(101, client.status, client.responseHead);
            assertEquals(UpgradeRequest.accept(key), client.header("Sec-WebSocket-Accept"));
            bench.assertAlive(client);
        }
    }

    @Test
    void framesInTheSameWriteAsTheHandshakeAreRead() throws Exception {
        try (HostileWsClient client = bench.open(
                ClientFrame.ping("early"),
                ClientFrame.text("{\"op\":").notFinal(),
                ClientFrame.continuation("\"ping\"}"))) {
            ServerFrame pong = client.next();
            assertEquals(ClientFrame.PONG, pong.opcode(), pong.toString());
            assertEquals("early", pong.text());
            assertEquals(HostileBench.PONG, client.next().text());
            bench.assertAlive(client);
        }
    }

    @Test
    void brokenFrameInTheSameWriteAsTheHandshakeFailsTheConnection() throws Exception {
        try (HostileWsClient client = bench.open(ClientFrame.of(0x5, new byte[0]))) {
            bench.assertFailed(client, CloseCodes.PROTOCOL_ERROR);
        }
    }

    private HostileWsClient send(String request) throws Exception {
        return HostileWsClient.handshake(bench.server.port(), request.getBytes(StandardCharsets.US_ASCII));
    }

    /** A refused handshake: no upgrade, the connection ends after the answer, nothing logged, no connection kept. */
    private void assertRefusedQuietly(HostileWsClient client) throws Exception {
        assertTrue(client.header("Sec-WebSocket-Accept") == null, client.responseHead);
        bench.assertGoneQuietly();
    }
}
