package io.wsnotify.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.wsnotify.client.support.Api;
import io.wsnotify.client.support.InProcessServer;
import io.wsnotify.client.support.Recorder;
import io.wsnotify.testsupport.Await;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resume the log cannot serve exactly is reported through onGap, before the stream goes on. */
class GapTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void resumingFromAPrunedSeqReportsReplayTruncatedThenDeliversFromTheOldestKept() throws Exception {
        try (InProcessServer server = InProcessServer.start(
                dir.resolve("notify.db"),
                "notify.retention.max-count",
                "5",
                "notify.retention.prune-interval",
                "PT0.1S")) {
            Api api = new Api(server);
            for (int i = 0; i < 20; i++) {
                api.publish("{\"message\": \"n" + i + "\"}");
            }
            Await.until(
                    "the log to be pruned to 5",
                    WAIT,
                    () -> loggedSafely(api).equals(List.of(16L, 17L, 18L, 19L, 20L)));

            Recorder recorder = new Recorder();
            try (NotifyClient client = recorder.attach(
                            NotifyClient.builder(server.uri()).clientId("late").since(1))
                    .connect()) {
                Await.until("seq 20", WAIT, () -> client.lastSeq() == 20, recorder::summary);
                List<Object> callbacks = recorder.everything();
                Gap gap = assertInstanceOf(Gap.class, callbacks.get(1), "right after CONNECTED: " + callbacks);
                assertEquals(Gap.Kind.TRUNCATED, gap.kind());
                assertEquals(1, gap.since());
                assertEquals(16, gap.oldestSeq());
                assertEquals(20, gap.newestSeq());
                assertEquals(LongStream.rangeClosed(16, 20).boxed().toList(), recorder.seqs());
            }
        }
    }

    @Test
    void resumingFromBeyondTheLogReportsReplayResetAndStreamsTheNewLogsSeqs() throws Exception {
        try (InProcessServer server = InProcessServer.start(dir.resolve("notify.db"))) {
            Api api = new Api(server);
            for (int i = 0; i < 3; i++) {
                api.publish("{\"message\": \"n" + i + "\"}");
            }
            Recorder recorder = new Recorder();
            try (NotifyClient client = recorder.attach(NotifyClient.builder(server.uri())
                            .clientId("from-old-db")
                            .since(1000))
                    .connect()) {
                Await.until("the gap", WAIT, () -> !recorder.gaps().isEmpty(), recorder::summary);
                Gap gap = recorder.gaps().get(0);
                assertEquals(Gap.Kind.RESET, gap.kind());
                assertEquals(1000, gap.since());
                assertEquals(3, gap.newestSeq());
                Await.until("lastSeq to restart from the new log's newest", WAIT, () -> client.lastSeq() == 3);

                long next = api.publish("{\"message\": \"after the reset\"}");
                Await.until(
                        "seq " + next + ", below the old since",
                        WAIT,
                        () -> client.lastSeq() == next,
                        recorder::summary);
                assertEquals(List.of(4L), recorder.seqs());
            }
        }
    }

    private static List<Long> loggedSafely(Api api) {
        try {
            return api.loggedSeqs();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
