package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.application.CoreSettings;
import io.wsnotify.application.NotificationUseCases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ResumeTest {
    private static final int ITERATIONS = 5;
    private static final int CONCURRENT = 300;

    @Test
    void resumesWithoutGapOrDuplicateWhilePublishing() throws Exception {
        try (TestServer server = TestServer.start()) {
            for (int iteration = 0; iteration < ITERATIONS; iteration++) {
                for (int i = 0; i < 20; i++) {
                    server.publish("before " + iteration + "/" + i);
                }
                long newest = server.publish("newest before " + iteration);
                Thread publisher = Thread.ofVirtual().start(() -> {
                    for (int i = 0; i < CONCURRENT; i++) {
                        server.publish("during " + i);
                    }
                });
                List<Long> sinces = List.of(0L, newest - 10, newest);
                List<JdkClient> clients = new ArrayList<>();
                for (long since : sinces) {
                    clients.add(JdkClient.connect(server.uri("/ws/resumer?since=" + since)));
                }
                publisher.join();
                long last = server.publish("after " + iteration);
                for (int c = 0; c < clients.size(); c++) {
                    try (JdkClient client = clients.get(c)) {
                        List<Long> seqs =
                                client.untilSeq(last).stream().map(Frames::seq).toList();
                        assertEquals(
                                LongStream.rangeClosed(sinces.get(c) + 1, last)
                                        .boxed()
                                        .toList(),
                                seqs,
                                "iteration " + iteration + ", since=" + sinces.get(c));
                    }
                }
            }
        }
    }

    @Test
    void sinceOlderThanTheLogStartsWithReplayTruncated() throws Exception {
        CoreSettings small = new CoreSettings(
                CoreSettings.defaults().queueLimits(), new NotificationUseCases.Retention(10, Duration.ofDays(7)));
        try (TestServer server = TestServer.with().core(small).start()) {
            for (int i = 1; i <= 30; i++) {
                server.publish("old " + i);
            }
            assertEquals(20, server.core.notifications().prune());
            try (JdkClient client = JdkClient.connect(server.uri("/ws/late?since=5"))) {
                String first = client.next();
                assertEquals("replay.truncated", Frames.string(first, "event"), first);
                assertEquals("system", Frames.string(first, "topic"));
                assertTrue(first.contains("\"oldest_seq\":21"), first);
                long live = server.publish("live");
                List<Long> seqs =
                        client.untilSeq(live).stream().map(Frames::seq).toList();
                assertEquals(LongStream.rangeClosed(21, live).boxed().toList(), seqs);
            }
        }
    }

    @Test
    void sinceNewerThanTheLogStartsWithReplayReset() throws Exception {
        try (TestServer server = TestServer.start()) {
            server.publish("only one");
            try (JdkClient client = JdkClient.connect(server.uri("/ws/future?since=1000"))) {
                String first = client.next();
                assertEquals("replay.reset", Frames.string(first, "event"), first);
                assertTrue(first.contains("\"newest_seq\":1"), first);
                long live = server.publish("live");
                assertEquals(live, Frames.seq(client.next()));
            }
        }
    }
}
