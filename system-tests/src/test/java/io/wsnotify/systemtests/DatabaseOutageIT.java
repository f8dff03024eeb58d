package io.wsnotify.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.wsnotify.testsupport.Await;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PostgreSQL stopped for a few seconds under three running nodes (DESIGN §8): every node's readiness
 * is 503 and publishes fail with a 5xx (and are not committed), the WebSocket and SSE clients stay
 * connected, and when the database is back every node is ready again and the clients get everything
 * that was committed, before and after, once and in order. The shared cluster is whole again afterwards.
 */
@ExtendWith({PostgresBinaries.class, NginxBinary.class})
class DatabaseOutageIT {
    private static final String READY = "/observe/health/ready";
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @RegisterExtension
    static final SharedCluster SHARED = new SharedCluster();

    private static Cluster cluster;

    @BeforeAll
    static void useTheSharedCluster() {
        cluster = SHARED.get();
    }

    @Test
    void whilePostgresIsDownNoNodeIsReadyPublishesFailAndClientsStayThenGetEverythingCommitted() throws Exception {
        long start = cluster.http(0).newestSeq();
        List<WsStream> sockets = new ArrayList<>();
        List<SseStream> events = new ArrayList<>();
        try {
            for (int i = 0; i < Cluster.NODES; i++) {
                sockets.add(WsStream.open(
                        cluster.base(i), "/ws/steady-" + i + "?since=" + start, "WebSocket on node " + i));
            }
            sockets.add(WsStream.open(cluster.nginx().base(), "/ws/steady?since=" + start, "WebSocket through nginx"));
            events.add(SseStream.open(cluster.base(1), "/events?since=" + start, "SSE on node 1"));
            Set<Long> acknowledged = new HashSet<>(publishOnEveryNode("before"));

            cluster.postgres().stop();
            try {
                for (int i = 0; i < Cluster.NODES; i++) {
                    Http node = cluster.http(i);
                    Duration noticed = Await.until(
                            "node " + i + " is not ready", Duration.ofSeconds(15), () -> node.status(READY) == 503);
                    System.out.println("node " + i + " not ready " + noticed.toMillis() + " ms after the stop");
                }
                assertEquals(503, cluster.viaNginx().status(READY), "not ready behind nginx either");
                assertWritesFailWithA5xx();
            } finally {
                cluster.postgres().startAgain();
            }
            for (int i = 0; i < Cluster.NODES; i++) {
                Http node = cluster.http(i);
                Duration back = Await.until(
                        "node " + i + " is ready again", Duration.ofSeconds(30), () -> node.status(READY) == 200);
                System.out.println("node " + i + " ready " + back.toMillis() + " ms after the restart");
            }
            sockets.forEach(socket -> assertTrue(
                    socket.isOpen(),
                    socket.received().who() + " stayed connected: "
                            + socket.ended().getNow("open")));
            events.forEach(stream -> assertTrue(
                    stream.isOpen(), "SSE stayed connected: " + stream.ended().getNow("open")));
            acknowledged.addAll(publishOnEveryNode("after"));

            long newest = cluster.http(2).newestSeq();
            List<JsonObject> log = LogReader.between(cluster.http(0), start, newest);
            assertEquals(
                    acknowledged,
                    new HashSet<>(LogReader.seqs(log)),
                    "the log holds what was acknowledged, and" + " nothing refused during the outage");
            assertFalse(log.stream().anyMatch(n -> n.getString("message", "").contains("outage")));
            List<Received> clients = new ArrayList<>();
            sockets.forEach(socket -> clients.add(socket.received()));
            events.forEach(stream -> clients.add(stream.received()));
            for (Received client : clients) {
                client.awaitSeq(newest, DELIVERY);
                Expect.sameAsLog(log, client);
            }
        } finally {
            sockets.forEach(WsStream::close);
            events.forEach(SseStream::close);
        }
    }

    /**
     * A publish and then a task, on every node and through nginx at once. A node's writers queue one
     * behind the other, and during the outage each waits for a connection before it fails.
     */
    private static void assertWritesFailWithA5xx() throws Exception {
        long begin = System.nanoTime();
        try (ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (Http target : targets()) {
                answers.add(writers.submit(() -> List.of(
                        answer(target, "/notify", "{\"message\":\"during the outage\"}"),
                        answer(target, "/tasks", "{\"name\":\"during the outage\"}"))));
            }
            for (Future<List<String>> answer : answers) {
                for (String got : answer.get()) {
                    assertTrue(got.matches("(?s)POST \\S+ 5\\d\\d .*"), got);
                }
            }
        }
        System.out.println("writes refused within " + (System.nanoTime() - begin) / 1_000_000 + " ms");
    }

    private static String answer(Http target, String path, String body) {
        HttpResponse<String> response = target.post(path, body);
        return "POST " + target.base() + path + " " + response.statusCode() + " " + response.body();
    }

    private static List<Http> targets() {
        List<Http> targets = new ArrayList<>();
        for (int i = 0; i < Cluster.NODES; i++) {
            targets.add(cluster.http(i));
        }
        targets.add(cluster.viaNginx());
        return targets;
    }

    private static Set<Long> publishOnEveryNode(String name) throws InterruptedException {
        Set<Long> acknowledged = new HashSet<>();
        for (Http target : targets()) {
            try (Publisher publisher = Publisher.start(name, target, 10)) {
                publisher.awaitDone(Duration.ofSeconds(60));
                assertEquals(List.of(), publisher.failures(), "every publish is acknowledged " + name + " the outage");
                acknowledged.addAll(publisher.acknowledged());
            }
        }
        return acknowledged;
    }
}
