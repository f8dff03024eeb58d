package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.domain.JsonText;
import io.wsnotify.testsupport.Await;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6455 §5.2: notifications of any size reach clients whole, with the length form their size needs. */
class LargeServerFramesTest {
    /** Payload sizes of the {@code data} string, and the length form the frame must use. */
    @ParameterizedTest(name = "{0} bytes of data: {1}-bit length")
    @CsvSource({"1, 16", "200, 16", "65000, 16", "70000, 64", "300000, 64"})
    void notificationArrivesWholeToTheRawAndTheJdkClient(int dataBytes, int lengthBits) throws Exception {
        String data = "\"" + pattern(dataBytes) + "\"";
        try (HostileBench bench = HostileBench.start();
                HostileWsClient raw = bench.open();
                JdkClient jdk = JdkClient.connect(bench.server.uri("/ws/jdk"))) {
            Await.until("two subscriptions", JdkClient.WAIT, () -> bench.server.adapter.openConnections() == 2);
            long seq = bench.server.publish("large", null, null, new JsonText(data));

            ServerFrame frame = raw.next();
            assertEquals(ClientFrame.TEXT, frame.opcode());
            assertTrue(frame.fin(), "one final frame");
            assertEquals(lengthBits, frame.lengthBits(), "length form for " + frame.payload().length + " bytes");
            assertWhole(frame.text(), seq, data);
            assertWhole(jdk.next(), seq, data);
            bench.assertAlive(raw);
            bench.log.assertNoTroubleLogged();
        }
    }

    private static void assertWhole(String json, long seq, String data) {
        assertEquals(seq, Frames.seq(json));
        assertTrue(json.contains("\"data\":" + data), "the data arrived whole (" + json.length() + " chars)");
        assertTrue(json.endsWith("}"), "the document is complete");
    }

    /** Text that changes with every position, so a lost or repeated piece shows. */
    private static String pattern(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; text.length() < length; i++) {
            text.append(Integer.toString(i, 36)).append('.');
        }
        text.setLength(length);
        return text.toString();
    }
}
