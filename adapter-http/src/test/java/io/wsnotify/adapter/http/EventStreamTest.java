package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.testsupport.Await;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /events}: live delivery, resume with Last-Event-ID or since, heartbeats, clean ends. */
class EventStreamTest {
    @RegisterExtension
    static final TestServer server = TestServer.create()
            .withSettings(new HttpSettings(
                    List.of("*"), HttpSettings.DEFAULT_MAX_BODY_BYTES, Duration.ofMillis(200), (m, r, s, d) -> {}));

    @Test
    void deliversLiveNotificationsWithTheSeqAsEventId() throws Exception {
        try (EventStream stream = EventStream.open(server, "/events")) {
            assertEquals(200, stream.status());
            assertTrue(stream.header("Content-Type").startsWith("text/event-stream"));

            JsonObject created = created("Live one");
            EventStream.Frame frame = stream.nextData();

            JsonObject envelope = ResponseJson.object(frame.data());
            assertEquals("New task Live one created", envelope.getString("message"));
            assertEquals(Long.toString(envelope.getJsonNumber("seq").longValue()), frame.id());
            assertEquals(
                    created.getJsonNumber("id").longValue(),
                    envelope.getJsonObject("data").getJsonNumber("id").longValue());
        }
    }

    @Test
    void resumesAfterLastEventIdWithExactlyTheMissedOnesInOrder() throws Exception {
        long lastSeen;
        try (EventStream stream = EventStream.open(server, "/events/?topics=tasks")) {
            created("Before the drop");
            lastSeen = Long.parseLong(stream.nextData().id());
        }
        created("Missed 1");
        created("Missed 2");
        server.call("POST", "/notify").json("{\"message\":\"other topic\"}").send();
        created("Missed 3");

        try (EventStream resumed =
                EventStream.open(server, "/events?topics=tasks&since=0", "Last-Event-ID", Long.toString(lastSeen))) {
            List<String> messages = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                messages.add(ResponseJson.object(resumed.nextData().data()).getString("message"));
            }
            created("Live after resume");

            assertEquals(
                    List.of("New task Missed 1 created", "New task Missed 2 created", "New task Missed 3 created"),
                    messages);
            assertEquals(
                    "New task Live after resume created",
                    ResponseJson.object(resumed.nextData().data()).getString("message"));
        }
    }

    @Test
    void resumesFromSinceWhenNoLastEventIdIsSent() throws Exception {
        long since = server.newestSeq();
        created("Replayed");

        try (EventStream stream = EventStream.open(server, "/events?since=" + since)) {
            EventStream.Frame frame = stream.nextData();

            assertEquals(Long.toString(since + 1), frame.id());
            assertEquals(
                    "New task Replayed created",
                    ResponseJson.object(frame.data()).getString("message"));
        }
    }

    @Test
    void aSinceNewerThanTheLogOpensWithAResetWhoseIdIsWhereTheStreamGoesOn() throws Exception {
        long newest = server.newestSeq();
        try (EventStream stream = EventStream.open(server, "/events?since=" + (newest + 100))) {
            EventStream.Frame frame = stream.nextData();

            assertEquals(Long.toString(newest), frame.id(), "a reconnect with this id must not be reset again");
            assertEquals("replay.reset", ResponseJson.object(frame.data()).getString("event"));
        }
    }

    @Test
    void aClientThatReconnectsWithTheResetsIdGetsWhatWasPublishedMeanwhile() throws Exception {
        long newest = server.newestSeq();
        String resetId;
        try (EventStream stream = EventStream.open(server, "/events", "Last-Event-ID", Long.toString(newest + 100))) {
            resetId = stream.nextData().id();
        }
        server.call("POST", "/notify").json("{\"message\":\"while away\"}").send();
        try (EventStream again = EventStream.open(server, "/events", "Last-Event-ID", resetId)) {
            EventStream.Frame frame = again.nextData();

            assertEquals("while away", ResponseJson.object(frame.data()).getString("message"));
            assertEquals(Long.toString(newest + 1), frame.id());
        }
    }

    @Test
    void resumesAfterAnySeqTheCoreAcceptsUpToTheLargest() throws Exception {
        try (EventStream stream = EventStream.open(server, "/events", "Last-Event-ID", Long.toString(Long.MAX_VALUE))) {
            EventStream.Frame frame = stream.nextData();

            assertEquals(200, stream.status());
            assertEquals("replay.reset", ResponseJson.object(frame.data()).getString("event"));
        }
    }

    @Test
    void aStreamWithoutClientIdReceivesUntargetedNotificationsOnly() throws Exception {
        try (EventStream stream = EventStream.open(server, "/events?topics=custom")) {
            server.call("POST", "/notify")
                    .json("{\"message\":\"for someone\",\"to\":\"sse-anything\"}")
                    .send();
            server.call("POST", "/notify")
                    .json("{\"message\":\"for everyone\"}")
                    .send();

            assertEquals(
                    "for everyone",
                    ResponseJson.object(stream.nextData().data()).getString("message"));
        }
    }

    @Test
    void anIdleStreamGetsHeartbeatComments() throws Exception {
        try (EventStream stream = EventStream.open(server, "/events?topics=nothing.here")) {
            EventStream.Frame frame = stream.nextFrame();

            assertNull(frame.data());
            assertEquals(List.of("heartbeat"), frame.comments());
        }
    }

    @Test
    void aClientThatGoesAwayIsForgotten() throws Exception {
        EventStream stream = EventStream.open(server, "/events");
        Await.until(
                "the stream is counted",
                Duration.ofSeconds(10),
                () -> server.adapter().openSseStreams() >= 1);

        stream.close();

        Await.until(
                "the stream is closed",
                Duration.ofSeconds(10),
                () -> server.adapter().openSseStreams() == 0);
        assertEquals(
                0,
                server.call("POST", "/notify")
                                .json("{\"message\":\"anyone?\"}")
                                .send()
                                .body()
                                .contains("\"recipients\":0")
                        ? 0
                        : 1,
                "the subscription is cancelled");
    }

    private static JsonObject created(String name) {
        return ResponseJson.object(server.call("POST", "/tasks")
                .json("{\"name\":\"" + name + "\"}")
                .send()
                .body());
    }
}
