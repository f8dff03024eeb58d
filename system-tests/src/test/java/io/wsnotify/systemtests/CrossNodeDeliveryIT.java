package io.wsnotify.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wsnotify.adapter.postgres.PostgresBinaries;
import io.wsnotify.systemtests.support.Cluster;
import io.wsnotify.systemtests.support.Expect;
import io.wsnotify.systemtests.support.Http;
import io.wsnotify.systemtests.support.LogReader;
import io.wsnotify.systemtests.support.NginxBinary;
import io.wsnotify.systemtests.support.Publisher;
import io.wsnotify.systemtests.support.Received;
import io.wsnotify.systemtests.support.SharedCluster;
import io.wsnotify.systemtests.support.SseStream;
import io.wsnotify.systemtests.support.WsStream;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * DESIGN §8 across three nodes and nginx: a client on any node, or behind the load balancer, gets
 * every notification published on any node once and in seq order, over WebSocket and SSE, while
 * publishers on all three nodes publish at once; {@code recipients} counts the publishing node's
 * connections.
 */
@ExtendWith({PostgresBinaries.class, NginxBinary.class})
class CrossNodeDeliveryIT {
    private static final int PUBLISHES = 40;
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @RegisterExtension
    static final SharedCluster SHARED = new SharedCluster();

    private static Cluster cluster;

    @BeforeAll
    static void useTheSharedCluster() {
        cluster = SHARED.get();
    }

    @Test
    void clientsOnEveryNodeAndBehindNginxGetEveryPublishOfEveryNodeOnceInSeqOrder() throws Exception {
        long start = cluster.http(0).newestSeq();
        List<WsStream> sockets = new ArrayList<>();
        List<SseStream> events = new ArrayList<>();
        try {
            for (int i = 0; i < Cluster.NODES; i++) {
                sockets.add(WsStream.open(
                        cluster.base(i), "/ws/direct-" + i + "?since=" + start, "WebSocket on node " + i));
                events.add(SseStream.open(cluster.base(i), "/events?since=" + start, "SSE on node " + i));
            }
            for (int i = 0; i < 2; i++) {
                sockets.add(WsStream.open(
                        cluster.nginx().base(),
                        "/ws/balanced-" + i + "?since=" + start,
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
            assertEquals(
                    acknowledged, new HashSet<>(LogReader.seqs(log)), "the log holds exactly what was acknowledged");
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
                assertEquals(
                        4,
                        socket.received().seqs().size(),
                        "each connection gets all four: " + socket.received().seqs());
            }
        } finally {
            sockets.forEach(WsStream::close);
        }
    }

    private static long publishTo(int node, String client) {
        return publish(node, client).getJsonNumber("seq").longValue();
    }

    private static int recipientsOfPublishTo(int node, String client) {
        return publish(node, client).getInt("recipients");
    }

    private static JsonObject publish(int node, String client) {
        var response =
                cluster.http(node).post("/notify", "{\"message\":\"for " + client + "\",\"to\":\"" + client + "\"}");
        assertEquals(202, response.statusCode(), response.body());
        return Http.object(response.body());
    }
}
