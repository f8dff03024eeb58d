package io.wsnotify.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.adapter.postgres.PostgresBinaries;
import io.wsnotify.client.NotifyClient;
import io.wsnotify.systemtests.support.Cluster;
import io.wsnotify.systemtests.support.Expect;
import io.wsnotify.systemtests.support.FailoverStream;
import io.wsnotify.systemtests.support.LogReader;
import io.wsnotify.systemtests.support.NginxBinary;
import io.wsnotify.systemtests.support.NodeProcess;
import io.wsnotify.systemtests.support.Publisher;
import io.wsnotify.systemtests.support.Received;
import io.wsnotify.systemtests.support.SimulatorTrace;
import io.wsnotify.systemtests.support.WsStream;
import io.wsnotify.testsupport.Await;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A node dies (SIGKILL) while every node publishes: its clients resume on the others and nothing
 * acknowledged is lost; the simulator, which runs on exactly one node at its configured rate, moves to
 * another node. The nodes toggle a device every {@link SimulatorTrace#TICK}; the kill is the class's
 * last test.
 */
@ExtendWith({PostgresBinaries.class, NginxBinary.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NodeFailureIT {
    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final Duration TAKEOVER = Duration.ofSeconds(30);
    private static Cluster cluster;

    @BeforeAll
    static void startCluster() {
        String tick = SimulatorTrace.TICK.toString();
        cluster = Cluster.start(
                "node-failure",
                Map.of(
                        "NOTIFY_SIMULATOR_ENABLED",
                        "true",
                        "NOTIFY_SIMULATOR_MIN_INTERVAL",
                        tick,
                        "NOTIFY_SIMULATOR_MAX_INTERVAL",
                        tick));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void exactlyOneNodeRunsTheSimulatorAtItsConfiguredRate() throws Exception {
        int leader = cluster.nodes().indexOf(SimulatorTrace.awaitLeader(cluster.nodes(), TAKEOVER));
        long start = cluster.http(leader).newestSeq();
        try (WsStream devices = WsStream.open(
                cluster.base((leader + 1) % Cluster.NODES),
                "/ws/device-watcher?topics=devices&since=" + start,
                "device watcher")) {
            Received received = devices.received();
            Await.until(
                    "twelve device changes arrive",
                    DELIVERY,
                    () -> received.seqs().size() >= 12);
            SimulatorTrace.assertOneSimulator(received.frames());
        }
        assertEquals(
                List.of(cluster.node(leader).name()),
                SimulatorTrace.leaders(cluster.nodes()),
                "only one node ever led");
    }

    @Test
    @Order(2)
    void sigkillOfTheLeadingNodeWhilePublishingLosesNothingAcknowledgedAndAnotherNodeTakesOver() throws Exception {
        int leader = cluster.nodes().indexOf(SimulatorTrace.awaitLeader(cluster.nodes(), TAKEOVER));
        int survivor = (leader + 1) % Cluster.NODES;
        long start = cluster.http(survivor).newestSeq();
        List<FailoverStream> streams = new ArrayList<>();
        List<Long> viaClient = new CopyOnWriteArrayList<>();
        List<Publisher> publishers = new ArrayList<>();
        try (NotifyClient client = NotifyClient.builder(cluster.nginx().base())
                .clientId("library")
                .since(start)
                .onNotification(notification -> viaClient.add(notification.seq()))
                .connect()) {
            for (int i = 0; i < Cluster.NODES; i++) {
                List<URI> order = List.of(cluster.base(i), cluster.base((i + 1) % 3), cluster.base((i + 2) % 3));
                streams.add(FailoverStream.start(order, "/ws/failover-" + i, start, "client of node " + i));
            }
            streams.add(
                    FailoverStream.start(List.of(cluster.nginx().base()), "/ws/balanced", start, "client of nginx"));
            for (int i = 0; i < Cluster.NODES; i++) {
                publishers.add(Publisher.start("node" + i, cluster.http(i), Integer.MAX_VALUE));
            }
            publishers.add(Publisher.start("nginx", cluster.viaNginx(), Integer.MAX_VALUE));

            awaitAcknowledged(publishers, 60);
            NodeProcess killed = cluster.node(leader);
            killed.kill();
            int acknowledgedAtKill = acknowledged(publishers).size();
            awaitAcknowledged(publishers, acknowledgedAtKill + 60);
            for (Publisher publisher : publishers) {
                publisher.close();
            }
            NodeProcess newLeader = SimulatorTrace.awaitLeader(survivors(leader), TAKEOVER);
            long takeover = cluster.http(cluster.nodes().indexOf(newLeader)).newestSeq();
            Received watcher = streams.getLast().received();
            Await.until(
                    "the new leader toggles devices",
                    DELIVERY,
                    () -> SimulatorTrace.devicesAfter(watcher.frames(), takeover)
                                    .size()
                            >= 8);

            long newest = cluster.http(survivor).newestSeq();
            List<JsonObject> log = LogReader.between(cluster.http(survivor), start, newest);
            Expect.acknowledgedAreLogged(acknowledged(publishers), log);
            for (FailoverStream stream : streams) {
                stream.received().awaitSeq(newest, DELIVERY);
                Expect.sameAsLog(log, stream.received());
            }
            assertTrue(streams.get(leader).connections() >= 2, "the killed node's client resumed on another node");
            Await.until(
                    "the Java client behind nginx gets seq " + newest,
                    DELIVERY,
                    () -> !viaClient.isEmpty() && viaClient.getLast() >= newest);
            assertEquals(
                    LogReader.seqs(log),
                    viaClient.stream().filter(seq -> seq <= newest).toList(),
                    "the Java client behind nginx lost nothing");
            SimulatorTrace.assertOneSimulator(SimulatorTrace.devicesAfter(watcher.frames(), takeover));
        } finally {
            streams.forEach(FailoverStream::close);
        }
    }

    private static List<NodeProcess> survivors(int killed) {
        List<NodeProcess> alive = new ArrayList<>(cluster.nodes());
        alive.remove(cluster.node(killed));
        return alive;
    }

    private static void awaitAcknowledged(List<Publisher> publishers, int count) {
        Await.until(
                count + " publishes are acknowledged",
                Duration.ofSeconds(60),
                () -> acknowledged(publishers).size() >= count);
    }

    private static Set<Long> acknowledged(List<Publisher> publishers) {
        Set<Long> all = new HashSet<>();
        publishers.forEach(publisher -> all.addAll(publisher.acknowledged()));
        return all;
    }
}
