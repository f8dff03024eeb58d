package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.application.Recorded;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.Task;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import io.wsnotify.domain.Topic;
import io.wsnotify.testsupport.Await;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LiveDeliveryTest {
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyClientReceivesTaskChangesWithTheSeedTexts() throws Exception {
        try (JdkClient one = JdkClient.connect(server.uri("/ws/one"));
                JdkClient two = JdkClient.connect(server.uri("/ws/two"))) {
            Await.until("two subscriptions", JdkClient.WAIT, () -> server.adapter.openConnections() == 2);
            Recorded<Task> created = server.core.tasks().create(new TaskName("Write report"), null);
            long id = created.value().id().value();
            server.core.tasks().update(created.value().id(), null, TaskStatus.COMPLETED);
            server.core.tasks().delete(created.value().id());

            List<String> expected = List.of(
                    "New task Write report created",
                    "Task " + id + " status updated to completed",
                    "Task Write report deleted");
            for (JdkClient client : List.of(one, two)) {
                long previous = 0;
                for (String message : expected) {
                    String frame = client.next();
                    assertEquals(message, Frames.string(frame, "message"), frame);
                    assertTrue(Frames.seq(frame) > previous, "seq increases: " + frame);
                    previous = Frames.seq(frame);
                }
            }
        }
    }

    @Test
    void targetedNotificationReachesOnlyThatClientsConnections() throws Exception {
        try (JdkClient firstTab = JdkClient.connect(server.uri("/ws/a"));
                JdkClient secondTab = JdkClient.connect(server.uri("/ws/a/"));
                JdkClient other = JdkClient.connect(server.uri("/ws/b"))) {
            Await.until("three subscriptions", JdkClient.WAIT, () -> server.adapter.openConnections() == 3);
            server.publish("only for a", null, new ClientId("a"), null);
            server.publish("for everyone");

            assertEquals("only for a", Frames.string(firstTab.next(), "message"));
            assertEquals("only for a", Frames.string(secondTab.next(), "message"));
            assertEquals("for everyone", Frames.string(other.next(), "message"));
            assertEquals("for everyone", Frames.string(firstTab.next(), "message"));
        }
    }

    @Test
    void topicsFilterWhatAClientReceives() throws Exception {
        try (JdkClient client = JdkClient.connect(server.uri("/ws/picky?topics=alerts,tasks"))) {
            Await.until("subscription", JdkClient.WAIT, () -> server.adapter.openConnections() == 1);
            server.publish("ignored", new Topic("weather"), null, null);
            server.publish("alert", new Topic("alerts"), null, null);
            server.publish("custom is not asked for");
            server.core.tasks().create(new TaskName("Filtered"), null);

            assertEquals("alert", Frames.string(client.next(), "message"));
            assertEquals("New task Filtered created", Frames.string(client.next(), "message"));
        }
    }

    @Test
    void droppedClientDoesNotStopTheOthers() throws Exception {
        try (JdkClient one = JdkClient.connect(server.uri("/ws/one"));
                JdkClient two = JdkClient.connect(server.uri("/ws/two"));
                RawClient dropped = RawClient.connect(server.port(), "/ws/dropped")) {
            assertEquals(101, dropped.status);
            Await.until("three connections", JdkClient.WAIT, () -> server.adapter.openConnections() == 3);
            dropped.abort();

            for (int i = 1; i <= 20; i++) {
                server.publish("after drop " + i);
            }
            for (JdkClient client : List.of(one, two)) {
                for (int i = 1; i <= 20; i++) {
                    assertEquals("after drop " + i, Frames.string(client.next(), "message"));
                }
            }
            Await.until(
                    "the dropped connection to be forgotten",
                    Duration.ofSeconds(10),
                    () -> server.adapter.openConnections() == 2 && server.adapter.openConnections() == 2);
        }
    }
}
