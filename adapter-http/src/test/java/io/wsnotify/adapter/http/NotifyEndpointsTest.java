package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotifyEndpointsTest {
    @RegisterExtension
    static final TestServer server = TestServer.create();

    @ParameterizedTest
    @ValueSource(strings = {"/notify", "/notify/"})
    void publishesACustomNotificationAndAnswersWithTheStoredEnvelope(String path) {
        HttpResponse<String> response = server.call("POST", path).json("""
                {"message": "Deploy finished", "type": "WARNING", "url": "/deploys/7", "topic": "deploys",
                 "data": {"build": 7, "ok": [true, null]}, "region": "eu", "id": "mine", "seq": 99,
                 "date": "yesterday", "timestamp": "then", "event": "my.event"}""").send();

        assertEquals(202, response.statusCode(), response.body());
        JsonObject envelope = ResponseJson.object(response.body());
        assertEquals(
                List.of(
                        "id",
                        "message",
                        "url",
                        "date",
                        "type",
                        "seq",
                        "timestamp",
                        "topic",
                        "event",
                        "data",
                        "region",
                        "recipients"),
                List.copyOf(envelope.keySet()));
        assertEquals("Deploy finished", envelope.getString("message"));
        assertEquals("WARNING", envelope.getString("type"));
        assertEquals("/deploys/7", envelope.getString("url"));
        assertEquals("deploys", envelope.getString("topic"));
        assertEquals("custom", envelope.getString("event"));
        assertEquals(
                "{\"build\":7,\"ok\":[true,null]}",
                envelope.getJsonObject("data").toString());
        assertEquals("eu", envelope.getString("region"));
        assertNotEquals("mine", envelope.getString("id"));
        assertEquals(server.newestSeq(), envelope.getJsonNumber("seq").longValue());
        assertEquals(0, envelope.getInt("recipients"));
    }

    @Test
    void aRecipientsFieldSentByTheClientIsIgnoredLikeTheOtherServerOwnedFields() {
        long before = server.newestSeq();

        HttpResponse<String> response = server.call("POST", "/notify")
                .json("{\"message\":\"counted\",\"recipients\":99,\"region\":\"eu\"}")
                .send();

        assertEquals(202, response.statusCode(), response.body());
        assertEquals(1, response.body().split("\"recipients\"", -1).length - 1, response.body());
        assertEquals(0, ResponseJson.object(response.body()).getInt("recipients"));
        JsonObject logged = ResponseJson.array(
                        server.get("/notifications?since=" + before).send().body())
                .getJsonObject(0);
        assertEquals("eu", logged.getString("region"));
        assertFalse(logged.containsKey("recipients"), logged.toString());
    }

    @Test
    void defaultsToInfoOnTheCustomTopic() {
        JsonObject envelope = ResponseJson.object(server.call("POST", "/notify")
                .json("{\"message\":\"hi\"}")
                .send()
                .body());

        assertEquals("INFO", envelope.getString("type"));
        assertEquals("custom", envelope.getString("topic"));
        assertTrue(envelope.isNull("url"));
        assertTrue(envelope.isNull("data"));
    }

    @Test
    void readsTheLogAfterASeqFilteredByTopicAndLimited() {
        long since = server.newestSeq();
        post("{\"message\":\"one\",\"topic\":\"alpha\"}");
        post("{\"message\":\"two\",\"topic\":\"beta\"}");
        post("{\"message\":\"three\",\"topic\":\"alpha\"}");

        HttpResponse<String> response = server.get("/notifications?since=" + since + "&topics=alpha,gamma")
                .send();
        JsonArray limited = ResponseJson.array(
                server.get("/notifications/?since=" + since + "&limit=2").send().body());

        assertEquals(200, response.statusCode());
        assertEquals(
                Long.toString(server.newestSeq()),
                response.headers().firstValue("Notify-Seq").orElseThrow());
        assertEquals(List.of("one", "three"), messages(ResponseJson.array(response.body())));
        assertEquals(List.of("one", "two"), messages(limited));
    }

    @Test
    void targetedNotificationsAreReadOnlyByTheirClient() {
        long since = server.newestSeq();
        post("{\"message\":\"for alice\",\"to\":\"alice\"}");

        List<String> forAlice =
                messages(ResponseJson.array(server.get("/notifications?since=" + since + "&client_id=alice")
                        .send()
                        .body()));
        List<String> forAnyone = messages(ResponseJson.array(
                server.get("/notifications?since=" + since).send().body()));

        assertEquals(List.of("for alice"), forAlice);
        assertTrue(forAnyone.isEmpty());
    }

    @Test
    void aReadOfAnEmptyRangeIsAnEmptyArray() {
        HttpResponse<String> response =
                server.get("/notifications?since=" + (server.newestSeq() + 5)).send();

        assertEquals("[]", response.body());
        assertFalse(response.headers().firstValue("Notify-Seq").isEmpty());
    }

    private static void post(String body) {
        HttpResponse<String> response =
                server.call("POST", "/notify").json(body).send();
        assertEquals(202, response.statusCode(), response.body());
    }

    private static List<String> messages(JsonArray notifications) {
        return notifications.stream()
                .map(n -> n.asJsonObject().getString("message"))
                .toList();
    }
}
