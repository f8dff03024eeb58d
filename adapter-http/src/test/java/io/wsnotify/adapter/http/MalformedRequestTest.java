package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests Helidon refuses before routing (bad percent-encoding, which the JDK client cannot
 * even send) are problems too, through the {@link ProblemDirectHandler} that
 * {@link HttpAdapter#configure} installs on the server.
 */
class MalformedRequestTest {
    @RegisterExtension
    static final TestServer server = TestServer.create();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/tasks?limit=%zz",
                "/tasks/%zz",
                "/notifications?since=1&topics=%",
                "/tasks?token=s3cret&limit=%zz"
            })
    void aMalformedRequestLineIsABadRequestProblem(String target) {
        long before = server.newestSeq();

        String response = RawHttp.get(server, target);

        assertTrue(response.startsWith("HTTP/1.1 400"), response);
        assertTrue(response.contains("Content-Type: application/problem+json"), response);
        String body = RawHttp.body(response);
        assertEquals(400, ResponseJson.object(body).getInt("status"));
        assertFalse(body.contains("s3cret"), body);
        assertEquals(before, server.newestSeq());
        assertEquals(200, server.get("/tasks").send().statusCode());
    }
}
