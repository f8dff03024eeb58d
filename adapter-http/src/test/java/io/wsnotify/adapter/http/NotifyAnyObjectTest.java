package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * POST /notify takes any JSON object, as the demo did (issue 12.1), and what it passes on arrives
 * as posted: numbers keep their text, objects their key order (issue 12.2).
 */
class NotifyAnyObjectTest {
    @RegisterExtension
    static final TestServer server = TestServer.create();

    @Test
    void aDemoClientPostingAnyObjectIsAcceptedAndSubscribersGetItsFields() throws Exception {
        try (EventStream stream = EventStream.open(server, "/events?since=" + server.newestSeq())) {
            HttpResponse<String> response =
                    server.call("POST", "/notify").json("{\"text\": \"hi\"}").send();

            assertEquals(202, response.statusCode(), response.body());
            JsonObject envelope = ResponseJson.object(response.body());
            assertTrue(envelope.isNull("message"), response.body());
            assertEquals("hi", envelope.getString("text"));
            assertEquals("custom", envelope.getString("topic"));
            String frame = stream.nextData().data();
            assertTrue(frame.contains("\"text\":\"hi\""), frame);
            assertEquals(envelope.getString("id"), ResponseJson.object(frame).getString("id"));
        }
    }

    @Test
    void anEmptyObjectIsANotificationWithoutMessage() {
        HttpResponse<String> response =
                server.call("POST", "/notify").json("{}").send();

        assertEquals(202, response.statusCode(), response.body());
        assertTrue(ResponseJson.object(response.body()).isNull("message"));
    }

    @Test
    void passThroughFieldsAndDataArriveExactlyAsPosted() {
        long before = server.newestSeq();
        String posted = "{\"big\": 1.5e300, \"ten\": 10.0, \"exact\": 0.1000000000000000055511151231257827,"
                + " \"data\": {\"z\": 1, \"a\": [1.0, 2E+5, -0, \"caf\\u00e9\"]}, \"nested\": {\"y\": 2, \"b\": {}}}";

        HttpResponse<String> response =
                server.call("POST", "/notify").json(posted).send();
        String logged = server.get("/notifications?since=" + before).send().body();

        assertEquals(202, response.statusCode(), response.body());
        for (String body : new String[] {response.body(), logged}) {
            assertTrue(
                    body.contains("\"big\":1.5e300,\"ten\":10.0,\"exact\":0.1000000000000000055511151231257827,"),
                    body);
            assertTrue(body.contains("\"data\":{\"z\":1,\"a\":[1.0,2E+5,-0,\"caf\\u00e9\"]}"), body);
            assertTrue(body.contains("\"nested\":{\"y\":2,\"b\":{}}"), body);
        }
    }

    @Test
    void aRepeatedFieldKeepsItsLastValueAsBefore() {
        HttpResponse<String> response = server.call("POST", "/notify")
                .json("{\"message\":\"first\",\"region\":\"eu\",\"message\":\"last\"}")
                .send();

        assertEquals(202, response.statusCode(), response.body());
        assertEquals("last", ResponseJson.object(response.body()).getString("message"));
    }

    @Test
    void aLoneSurrogateIsRefusedAndNothingIsStored() {
        long before = server.newestSeq();

        HttpResponse<String> response =
                server.call("POST", "/notify").json("{\"text\":\"a\\ud800b\"}").send();

        ProblemAssert.assertProblem(response, 400);
        assertTrue(ResponseJson.object(response.body()).getString("detail").contains("surrogate"), response.body());
        assertEquals(before, server.newestSeq());
    }
}
