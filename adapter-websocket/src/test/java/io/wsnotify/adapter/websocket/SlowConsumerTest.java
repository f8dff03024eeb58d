package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.wsnotify.application.CoreSettings;
import io.wsnotify.application.live.QueueLimits;
import io.wsnotify.domain.JsonText;
import io.wsnotify.testsupport.Await;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SlowConsumerTest {
    private static final JsonText PAYLOAD = new JsonText("\"" + "p".repeat(2000) + "\"");
    private static final int BATCH = 20;
    private static final int MAX_PUBLISHED = 5_000;
    private static final CoreSettings SMALL_QUEUES = new CoreSettings(
            new QueueLimits(100, 64L * 1024 * 1024), CoreSettings.defaults().retention());

    @Test
    void slowConsumerThatNeverReadsIsDroppedWhileOthersGetEverything() throws Exception {
        try (TestServer server = start(Duration.ofMillis(500));
                JdkClient normal = JdkClient.connect(server.uri("/ws/normal"));
                RawClient slow = RawClient.connect(server.port(), "/ws/slow", Map.of(), 4096)) {
            long last = publishUntilCutOff(server, normal);
            Await.until(
                    "the stuck slow connection to be dropped",
                    JdkClient.WAIT,
                    () -> server.adapter.openConnections() == 1);

            long resumeFrom = readUntilEnd(slow);
            assertResumesFrom(server, resumeFrom, last);
        }
    }

    @Test
    void slowConsumerThatReadsAgainSees1013NamingItsLastSeq() throws Exception {
        try (TestServer server = start(Duration.ofSeconds(30));
                JdkClient normal = JdkClient.connect(server.uri("/ws/normal"));
                RawClient slow = RawClient.connect(server.port(), "/ws/slow", Map.of(), 4096)) {
            long last = publishUntilCutOff(server, normal);

            long lastSeq = 0;
            RawClient.Frame frame;
            while ((frame = slow.read(JdkClient.WAIT)) != null && frame.opcode() != RawClient.CLOSE) {
                lastSeq = Frames.seq(frame.text());
            }
            assertNotNull(frame, "the connection ended without a close frame");
            assertEquals(CloseCodes.TRY_AGAIN_LATER, frame.closeCode(), frame.closeReason());
            long named = Frames.resumeSeq(frame.closeReason());
            assertTrue(named == lastSeq || named == lastSeq - 1, frame.closeReason() + " after seq " + lastSeq);
            slow.send(
                    RawClient.CLOSE,
                    ByteBuffer.allocate(2).putShort((short) 1000).array());
            Await.until(
                    "the closed connection to be forgotten",
                    JdkClient.WAIT,
                    () -> server.adapter.openConnections() == 1);
            assertResumesFrom(server, named, last);
        }
    }

    private static TestServer start(Duration closeGrace) {
        WebSocketSettings settings = new WebSocketSettings(List.of("*"), 100, 4096, Duration.ofMinutes(1), closeGrace);
        return TestServer.with()
                .settings(settings)
                .core(SMALL_QUEUES)
                .sendBuffer(16 * 1024)
                .start();
    }

    /** Publishes in batches (the normal client keeps up) until the slow one is cut off; returns the last seq. */
    private static long publishUntilCutOff(TestServer server, JdkClient normal) throws Exception {
        Await.until("two subscriptions", JdkClient.WAIT, () -> server.adapter.openConnections() == 2);
        List<Long> normalSeqs = new ArrayList<>();
        long last = 0;
        boolean cutOff = false;
        while (!cutOff) {
            cutOff = server.core.live().stats().slowConsumerDisconnects() > 0;
            if (last > MAX_PUBLISHED) {
                fail("the slow consumer was never cut off");
            }
            for (int i = 0; i < BATCH; i++) {
                last = server.publish("bulk", null, null, PAYLOAD);
            }
            normalSeqs.addAll(normal.untilSeq(last).stream().map(Frames::seq).toList());
        }
        assertEquals(LongStream.rangeClosed(1, last).boxed().toList(), normalSeqs, "the normal client got everything");
        return last;
    }

    /** Reads what reached a client that was cut off; returns the last whole frame's seq. */
    private static long readUntilEnd(RawClient slow) throws Exception {
        long lastSeq = 0;
        RawClient.Frame frame;
        while ((frame = slow.read(JdkClient.WAIT)) != null && frame.opcode() == RawClient.TEXT) {
            long seq = Frames.seq(frame.text());
            assertEquals(lastSeq + 1, seq, "the slow client receives in order without gap");
            lastSeq = seq;
        }
        return lastSeq;
    }

    private static void assertResumesFrom(TestServer server, long since, long last) throws Exception {
        try (JdkClient resumed = JdkClient.connect(server.uri("/ws/slow?since=" + since))) {
            List<Long> seqs = resumed.untilSeq(last).stream().map(Frames::seq).toList();
            assertEquals(LongStream.rangeClosed(since + 1, last).boxed().toList(), seqs);
        }
    }
}
