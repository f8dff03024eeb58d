package io.wsnotify.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.wsnotify.adapter.postgres.PostgresBinaries;
import io.wsnotify.client.NotifyClient;
import io.wsnotify.systemtests.support.Cluster;
import io.wsnotify.systemtests.support.Expect;
import io.wsnotify.systemtests.support.Http;
import io.wsnotify.systemtests.support.LogReader;
import io.wsnotify.systemtests.support.NginxBinary;
import io.wsnotify.systemtests.support.Publisher;
import io.wsnotify.systemtests.support.Received;
import io.wsnotify.systemtests.support.SharedCluster;
import io.wsnotify.systemtests.support.SseStream;
import io.wsnotify.systemtests.support.TaskWriter;
import io.wsnotify.systemtests.support.WsStream;
import io.wsnotify.testsupport.Await;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Handoffs between nodes (DESIGN §3, §8): a snapshot read on one node joins a stream opened on
 * another, and a client that left one node resumes on another (WebSocket {@code since=}, SSE
 * {@code Last-Event-ID}, and the Java client behind nginx), with no gap or duplicate while others
 * publish.
 */
@ExtendWith({PostgresBinaries.class, NginxBinary.class})
class HandoffAcrossNodesIT {
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @RegisterExtension
    static final SharedCluster SHARED = new SharedCluster();

    private static Cluster cluster;

    @BeforeAll
    static void useTheSharedCluster() {
        cluster = SHARED.get();
    }

    @Test
    void aSnapshotReadOnOneNodeJoinsAStreamOpenedOnAnotherWithoutGapOrDuplicate() throws Exception {
        long start = cluster.http(0).newestSeq();
        List<TaskWriter> writers = List.of(
                TaskWriter.start("join-a", cluster.http(1), 40), TaskWriter.start("join-b", cluster.http(2), 40));
        Await.until("the writers are under way", DELIVERY, () -> cluster.http(0).newestSeq() >= start + 10);

        HttpResponse<String> snapshot = cluster.http(0).get("/tasks?limit=1000");
        long snapshotSeq =
                Long.parseLong(snapshot.headers().firstValue("Notify-Seq").orElseThrow());
        try (WsStream stream = WsStream.open(
                cluster.base(1),
                "/ws/joiner?topics=tasks&since=" + snapshotSeq,
                "stream on node 1 after the snapshot of node 0")) {
            for (TaskWriter writer : writers) {
                writer.awaitDone(Duration.ofSeconds(120));
            }
            HttpResponse<String> after = cluster.http(2).get("/tasks?limit=1000");
            long newest =
                    Long.parseLong(after.headers().firstValue("Notify-Seq").orElseThrow());
            stream.received().awaitSeq(newest, DELIVERY);

            Set<Long> inSnapshot = taskIds(snapshot.body());
            Set<Long> streamed = new HashSet<>();
            for (JsonObject frame : stream.received().frames()) {
                long task = frame.getJsonObject("data").getJsonNumber("id").longValue();
                assertFalse(
                        inSnapshot.contains(task), "task " + task + " came in the snapshot and again in the stream");
                streamed.add(task);
            }
            Set<Long> joined = new HashSet<>(inSnapshot);
            joined.addAll(streamed);
            assertEquals(taskIds(after.body()), joined, "the snapshot and the stream together hold every task");
            Expect.sameAsLog(LogReader.between(cluster.http(2), snapshotSeq, newest), stream.received());
        }
    }

    @Test
    void aClientThatLeftOneNodeResumesOnAnotherWithSinceOrLastEventIdWhilePublishingGoesOn() throws Exception {
        long start = cluster.http(0).newestSeq();
        Set<Long> before = published(Publisher.start("before", cluster.http(0), 20));
        long left;
        try (WsStream first = WsStream.open(cluster.base(0), "/ws/roamer?since=" + start, "roamer on node 0")) {
            first.received().awaitSeq(Collections.max(before), DELIVERY);
            left = first.received().seqs().get(9); // it handled ten, then its node went away
        }
        Set<Long> whileAway = published(Publisher.start("away", cluster.http(1), 20));
        Publisher during = Publisher.start("during", cluster.http(0), 30);
        List<Long> viaClient = new CopyOnWriteArrayList<>();
        try (WsStream webSocket =
                        WsStream.open(cluster.base(2), "/ws/roamer?since=" + left, "roamer resumed on node 2");
                SseStream events = SseStream.resume(cluster.base(1), left, "roamer resumed over SSE on node 1");
                NotifyClient client = NotifyClient.builder(cluster.nginx().base())
                        .clientId("roamer")
                        .since(left)
                        .onNotification(notification -> viaClient.add(notification.seq()))
                        .connect()) {
            Set<Long> alongside = published(during);
            long newest = cluster.http(2).newestSeq();
            List<JsonObject> log = LogReader.between(cluster.http(1), left, newest);
            Set<Long> acknowledged = new HashSet<>(before);
            acknowledged.addAll(whileAway);
            acknowledged.addAll(alongside);
            acknowledged.removeIf(seq -> seq <= left);
            Expect.acknowledgedAreLogged(acknowledged, log);
            for (Received resumed : List.of(webSocket.received(), events.received())) {
                resumed.awaitSeq(newest, DELIVERY);
                Expect.sameAsLog(log, resumed);
            }
            Await.until(
                    "the Java client behind nginx gets seq " + newest,
                    DELIVERY,
                    () -> !viaClient.isEmpty() && viaClient.getLast() >= newest);
            assertEquals(LogReader.seqs(log), viaClient, "the Java client resumed through nginx");
        }
    }

    private static Set<Long> published(Publisher publisher) throws InterruptedException {
        publisher.awaitDone(Duration.ofSeconds(120));
        assertEquals(List.of(), publisher.failures(), "every publish is acknowledged");
        return publisher.acknowledged();
    }

    private static Set<Long> taskIds(String json) {
        Set<Long> ids = new HashSet<>();
        Http.array(json)
                .forEach(task -> ids.add(task.asJsonObject().getJsonNumber("id").longValue()));
        return ids;
    }
}
