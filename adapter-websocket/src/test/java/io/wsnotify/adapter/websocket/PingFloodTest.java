package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A client that pings and never reads must not make the server pile up answers (RFC 6455 §5.5.3
 * lets it answer the most recent ping only). The server's socket buffer is small and fixed, so the
 * answers that fit in flight are a small part of those asked for.
 */
class PingFloodTest {
    private static final int BATCH = 200;

    @Test
    void pingsWithoutReadingGetAPongForTheLastOneAndNoPileOfThem() throws Exception {
        int pings = 20_000;
        try (HostileBench bench = HostileBench.start(TestServer.with().sendBuffer(16 * 1024));
                HostileWsClient client = bench.openSlowReader()) {
            for (int sent = 0; sent < pings; sent += BATCH) {
                ClientFrame[] batch = new ClientFrame[BATCH];
                for (int i = 0; i < BATCH; i++) {
                    batch[i] = ClientFrame.of(ClientFrame.PING, numbered(sent + i));
                }
                client.send(batch);
            }
            int pongs = 0;
            ServerFrame pong;
            do {
                pong = client.next();
                assertEquals(ClientFrame.PONG, pong.opcode(), pong.toString());
                pongs++;
            } while (!Arrays.equals(numbered(pings - 1), pong.payload()));
            assertTrue(pongs < pings / 2, pongs + " pongs for " + pings + " pings that were never read");
            bench.assertAlive(client);
            bench.log.assertNoTroubleLogged();
        }
    }

    @Test
    void appPingsWithoutReadingGetFewPongs() throws Exception {
        int pings = 40_000;
        byte[] end = "end".getBytes(StandardCharsets.UTF_8);
        try (HostileBench bench = HostileBench.start(TestServer.with().sendBuffer(16 * 1024));
                HostileWsClient client = bench.openSlowReader()) {
            ClientFrame[] batch = new ClientFrame[BATCH];
            Arrays.fill(batch, ClientFrame.text(HostileBench.PING));
            for (int sent = 0; sent < pings; sent += BATCH) {
                client.send(batch);
            }
            client.send(ClientFrame.of(ClientFrame.PING, end));
            int pongs = 0;
            ServerFrame frame;
            while ((frame = client.next()).opcode() == ClientFrame.TEXT) {
                assertEquals(HostileBench.PONG, frame.text());
                pongs++;
            }
            assertEquals(ClientFrame.PONG, frame.opcode(), frame.toString());
            assertEquals("end", frame.text());
            assertTrue(pongs >= 1 && pongs < pings / 2, pongs + " pongs for " + pings + " pings that were never read");
            bench.assertAlive(client);
            bench.log.assertNoTroubleLogged();
        }
    }

    /** A 125-byte ping payload that starts with {@code n}. */
    private static byte[] numbered(int n) {
        return ByteBuffer.allocate(125).putInt(n).array();
    }
}
