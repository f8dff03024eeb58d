package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of the request contract that the bad-input table cannot express: body bytes that
 * are not UTF-8, a chunked transfer that breaks off, and the charsets that are accepted.
 */
class InputContractTest {
    @RegisterExtension
    static final TestServer server = TestServer.create();

    @Test
    void aBodyThatIsNotUtf8IsABadRequest() {
        long before = server.newestSeq();
        byte[] latin1 = "{\"name\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<String> response =
                server.call("POST", "/tasks").bytes(latin1).send();

        ProblemAssert.assertProblem(response, 400);
        assertEquals(before, server.newestSeq());
    }

    @Test
    void aBrokenChunkedBodyIsABadRequestThatClosesTheConnection() {
        long before = server.newestSeq();

        String response = RawHttp.exchange(
                server,
                "POST /tasks HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");

        assertTrue(response.startsWith("HTTP/1.1 400"), response);
        assertTrue(response.contains("Content-Type: application/problem+json"), response);
        assertTrue(response.contains("Connection: close"), response);
        assertEquals(400, ResponseJson.object(RawHttp.body(response)).getInt("status"));
        assertEquals(before, server.newestSeq());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/json; charset=utf-8",
                "application/json;charset=UTF-8",
                "application/json; charset=\"utf-8\"",
                "application/merge-patch+json"
            })
    void jsonInUtf8IsAcceptedHoweverItIsDeclared(String contentType) {
        HttpResponse<String> response = server.call("POST", "/tasks")
                .header("Content-Type", contentType)
                .json("{\"name\":\"Caf\u00e9 \u2615\"}")
                .send();

        assertEquals(201, response.statusCode(), response.body());
        assertEquals("Caf\u00e9 \u2615", ResponseJson.object(response.body()).getString("name"));
    }
}
