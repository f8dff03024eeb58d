package io.wsnotify.systemtests;

import io.wsnotify.adapter.postgres.PostgresBinaries;
import io.wsnotify.systemtests.support.Cluster;
import io.wsnotify.client.NotifyClient;
import io.wsnotify.systemtests.support.Eventually;
import io.wsnotify.systemtests.support.Expect;
import io.wsnotify.systemtests.support.Http;
import io.wsnotify.systemtests.support.LogReader;
import io.wsnotify.systemtests.support.NginxBinary;
import io.wsnotify.systemtests.support.Publisher;
import io.wsnotify.systemtests.support.Received;
import io.wsnotify.systemtests.support.SseStream;
import io.wsnotify.systemtests.support.TaskWriter;
import io.wsnotify.systemtests.support.WsStream;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * DESIGN §8 across three nodes and nginx: a client on any node, or behind the load balancer, gets
 * every notification published on any node once and in seq order, over WebSocket and SSE, while
 * publishers on all three nodes publish at once; a snapshot from one node joins a stream on another;
 * a client resumes on another node; {@code recipients} counts the publishing node's connections.
 * One cluster for the class. One cluster for the class (see {@link ResumeAcrossNodesIT}
 * for the handoffs between nodes).
 */
@ExtendWith({PostgresBinaries.class, NginxBinary.class})
class CrossNodeDeliveryIT {
    private static final int PUBLISHES = 40;
    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static Cluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = Cluster.start("cross-node-delivery", Map.of());
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void clientsOnEveryNodeAndBehindNginxGetEveryPublishOfEveryNodeOnceInSeqOrder() throws Exception {
        long start = cluster.http(0).newestSeq();
        List<WsStream> sockets = new ArrayList<>();
        List<SseStream> events = new ArrayList<>();
        try {
            for (int i = 0; i < Cluster.NODES; i++) {
                sockets.add(WsStream.open(cluster.base(i), "/ws/direct-" + i + "?since=" + start,
                        "WebSocket on node " + i));
                events.add(SseStream.open(cluster.base(i), "/events?since=" + start, "SSE on node " + i));
            }
            for (int i = 0; i < 2; i++) {
                sockets.add(WsStream.open(cluster.nginx().base(), "/ws/balanced-" + i + "?since=" + start,
                        "WebSocket " + i + " through nginx"));
            }
            events.add(SseStream.open(cluster.nginx().base(), "/events?since=" + start, "SSE through nginx"));

            List<Publisher> publishers = new ArrayList<>();
            for (int i = 0; i < Cluster.NODES; i++) {
                publishers.add(Publisher.start("node" + i + "a", cluster.http(i), PUBLISHES));
                publishers.add(Publisher.start("node" + i + "b", cluster.http(i), PUBLISHES));
            }
            publishers.add(Publisher.start("nginx", cluster.viaNginx(), PUBLISHES));
            Set<Long> acknowledged = new HashSet<>();
            for (Publisher publisher : publishers) {
                publisher.awaitDone(Duration.ofSeconds(120));
                assertEquals(List.of(), publisher.failures(), "every publish is acknowledged");
                acknowledged.addAll(publisher.acknowledged());
            }

            long newest = cluster.http(2).newestSeq();
            List<JsonObject> log = LogReader.between(cluster.http(1), start, newest);
            assertEquals(publishers.size() * PUBLISHES, acknowledged.size());
            assertEquals(acknowledged, new HashSet<>(LogReader.seqs(log)), "the log holds exactly what was acknowledged");
            List<Received> clients = new ArrayList<>();
            sockets.forEach(socket -> clients.add(socket.received()));
            events.forEach(stream -> clients.add(stream.received()));
            for (Received client : clients) {
                client.awaitSeq(newest, DELIVERY);
                Expect.sameAsLog(log, client);
            }
            for (SseStream stream : events) {
                assertEquals(List.of(), stream.idMismatches(), "SSE event ids are seqs");
            }
        } finally {
            sockets.forEach(WsStream::close);
            events.forEach(SseStream::close);
        }
    }

    @Test
    void aSnapshotReadOnOneNodeJoinsAStreamOpenedOnAnotherWithoutGapOrDuplicate() throws Exception {
        long start = cluster.http(0).newestSeq();
        List<TaskWriter> writers = List.of(TaskWriter.start("join-a", cluster.http(1), 40),
                TaskWriter.start("join-b", cluster.http(2), 40));
        Eventually.waitUntil("the writers are under way", DELIVERY, () -> cluster.http(0).newestSeq() >= start + 10);

        HttpResponse<String> snapshot = cluster.http(0).get("/tasks?limit=1000");
        long snapshotSeq = Long.parseLong(snapshot.headers().firstValue("Notify-Seq").orElseThrow());
        try (WsStream stream = WsStream.open(cluster.base(1), "/ws/joiner?topics=tasks&since=" + snapshotSeq,
                "stream on node 1 after the snapshot of node 0")) {
            for (TaskWriter writer : writers) {
                writer.awaitDone(Duration.ofSeconds(120));
            }
            HttpResponse<String> after = cluster.http(2).get("/tasks?limit=1000");
            long newest = Long.parseLong(after.headers().firstValue("Notify-Seq").orElseThrow());
            stream.received().awaitSeq(newest, DELIVERY);

            Set<Long> inSnapshot = taskIds(snapshot.body());
            Set<Long> streamed = new HashSet<>();
            for (JsonObject frame : stream.received().frames()) {
                long task = frame.getJsonObject("data").getJsonNumber("id").longValue();
                assertFalse(inSnapshot.contains(task), "task " + task + " came in the snapshot and again in the stream");
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
        try (WsStream webSocket = WsStream.open(cluster.base(2), "/ws/roamer?since=" + left, "roamer resumed on node 2");
             SseStream events = SseStream.resume(cluster.base(1), left, "roamer resumed over SSE on node 1");
             NotifyClient client = NotifyClient.builder(cluster.nginx().base()).clientId("roamer").since(left)
                     .onNotification(notification -> viaClient.add(notification.seq())).connect()) {
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
            Eventually.waitUntil("the Java client behind nginx gets seq " + newest, DELIVERY,
                    () -> !viaClient.isEmpty() && viaClient.getLast() >= newest);
            assertEquals(LogReader.seqs(log), viaClient, "the Java client resumed through nginx");
        }
    }

    @Test
    void recipientsCountsTheConnectionsOfTheNodeThatTookThePublish() throws Exception {
        long start = cluster.http(0).newestSeq();
        List<WsStream> sockets = new ArrayList<>();
        try {
            for (int node : new int[] {0, 0, 1}) {
                sockets.add(WsStream.open(cluster.base(node), "/ws/counted?since=" + start, "counted on node " + node));
            }
            long warmUp = publishTo(2, "counted");
            sockets.forEach(socket -> socket.received().awaitSeq(warmUp, DELIVERY));

            assertEquals(2, recipientsOfPublishTo(0, "counted"), "node 0 holds two of the connections");
            assertEquals(1, recipientsOfPublishTo(1, "counted"), "node 1 holds one");
            assertEquals(0, recipientsOfPublishTo(2, "counted"), "node 2 holds none");
            long newest = cluster.http(0).newestSeq();
            for (WsStream socket : sockets) {
                socket.received().awaitSeq(newest, DELIVERY);
                assertEquals(4, socket.received().seqs().size(), "each connection gets all four: " + socket.received().seqs());
            }
        } finally {
            sockets.forEach(WsStream::close);
        }
    }

    private static Set<Long> published(Publisher publisher) throws InterruptedException {
        publisher.awaitDone(Duration.ofSeconds(120));
        assertEquals(List.of(), publisher.failures(), "every publish is acknowledged");
        return publisher.acknowledged();
    }

    private static Set<Long> taskIds(String json) {
        Set<Long> ids = new HashSet<>();
        Http.array(json).forEach(task -> ids.add(task.asJsonObject().getJsonNumber("id").longValue()));
        return ids;
    }

    private static long publishTo(int node, String client) {
        return publish(node, client).getJsonNumber("seq").longValue();
    }

    private static int recipientsOfPublishTo(int node, String client) {
        return publish(node, client).getInt("recipients");
    }

    private static JsonObject publish(int node, String client) {
        var response = cluster.http(node).post("/notify", "{\"message\":\"for " + client + "\",\"to\":\"" + client + "\"}");
        assertEquals(202, response.statusCode(), response.body());
        return Http.object(response.body());
    }
}
