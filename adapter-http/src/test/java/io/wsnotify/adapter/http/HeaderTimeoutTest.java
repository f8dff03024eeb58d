package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.testsupport.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The header timeout (issue 9.10, slowloris): a connection that has not sent a whole request head
 * in time is answered 408 and closed, while normal clients and open SSE streams are served on
 * ({@link HeaderTimeoutSparesTest}: what else it leaves alone).
 */
class HeaderTimeoutTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** How late after the timeout a connection may be closed on a busy machine. */
    private static final Duration SLACK = Duration.ofSeconds(5);
    /** Closing may be seen slightly before the timeout measured from the client's side of connecting. */
    private static final Duration EARLY = Duration.ofMillis(100);

    private static final int SLOW_CLIENTS = 200;

    @RegisterExtension
    static final TestServer server =
            TestServer.create().withSettings(HttpSettings.defaults().withHeaderTimeout(TIMEOUT));

    @Test
    void manySlowHeaderSendersAreAllClosedInTimeWhileOtherClientsAreServed() throws Exception {
        List<SlowClient> slow = new ArrayList<>();
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        try (EventStream stream = EventStream.open(server, "/events?since=" + server.newestSeq())) {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                SlowClient client = SlowClient.connect(server.port());
                client.send("GET /tasks HTTP/1.1\r\nHost: localhost\r\n");
                slow.add(client);
            }
            AtomicInteger lines = new AtomicInteger();
            pacer.scheduleAtFixedRate(
                    () -> {
                        int line = lines.incrementAndGet();
                        slow.forEach(client -> client.send("X-Slow-" + line + ": one header line at a time\r\n"));
                    },
                    250,
                    250,
                    TimeUnit.MILLISECONDS);

            assertEquals(200, server.get("/tasks").send().statusCode(), "a normal client is served meanwhile");
            for (SlowClient client : slow) {
                assertTrue(client.awaitClosed(TIMEOUT.plus(SLACK)), "a slow sender is still connected");
            }
            for (SlowClient client : slow) {
                assertTrue(
                        client.lifetime().compareTo(TIMEOUT.minus(EARLY)) >= 0, "closed early: " + client.lifetime());
                assertTrue(client.lifetime().compareTo(TIMEOUT.plus(SLACK)) <= 0, "closed late: " + client.lifetime());
                assertTrue(
                        client.received().isEmpty() || client.received().startsWith("HTTP/1.1 408 Request Timeout\r\n"),
                        client.received());
            }
            assertTrue(lines.get() > 1, "the slow senders kept sending");

            assertEquals(
                    202,
                    server.call("POST", "/notify")
                            .json("{\"message\":\"still streaming\"}")
                            .send()
                            .statusCode());
            assertTrue(
                    stream.nextData().data().contains("\"message\":\"still streaming\""),
                    "the SSE stream opened before stays open past the timeout");
        } finally {
            pacer.shutdownNow();
            slow.forEach(SlowClient::close);
        }
    }

    @Test
    void aPartHeadIsAnswered408AndTheConnectionClosed() throws Exception {
        try (SlowClient client = SlowClient.connect(server.port())) {
            client.send("GET /devices HTTP/1.1\r\nHost: localhost\r\n");

            assertTrue(client.awaitClosed(TIMEOUT.plus(SLACK)));

            String received = client.received();
            assertTrue(received.startsWith("HTTP/1.1 408 Request Timeout\r\n"), received);
            assertTrue(received.contains("\r\nConnection: close\r\n"), received);
            assertTrue(received.contains("\r\nContent-Type: application/problem+json\r\n"), received);
            var problem = ResponseJson.object(RawHttp.body(received));
            assertEquals(408, problem.getInt("status"));
            assertEquals("/devices", problem.getString("instance"));
            assertTrue(
                    client.lifetime().compareTo(TIMEOUT.minus(EARLY)) >= 0,
                    client.lifetime().toString());
        }
    }

    @Test
    void aConnectionThatSendsNothingIsClosedWithoutAnAnswer() throws Exception {
        try (SlowClient silent = SlowClient.connect(server.port())) {
            assertTrue(silent.awaitClosed(TIMEOUT.plus(SLACK)));

            assertEquals(
                    "",
                    silent.received(),
                    "a browser's spare connection must not get an answer it would" + " take for the next request's");
            assertTrue(
                    silent.lifetime().compareTo(TIMEOUT.minus(EARLY)) >= 0,
                    silent.lifetime().toString());
        }
    }

    @Test
    void aSlowRequestLineAfterAnAnsweredRequestIsTimedToo() throws Exception {
        try (SlowClient client = SlowClient.connect(server.port())) {
            client.send("GET /tasks/1 HTTP/1.1\r\nHost: localhost\r\n\r\n");
            Await.until("the first answer", Duration.ofSeconds(10), () -> answers(client) == 1);

            client.send("GET /ta");

            assertTrue(client.awaitClosed(TIMEOUT.plus(SLACK)), client.received());
            assertTrue(client.received().contains("HTTP/1.1 408 Request Timeout\r\n"), client.received());
        }
    }

    private static int answers(SlowClient client) {
        return client.received().split("HTTP/1.1 200 OK\r\n", -1).length - 1;
    }
}
