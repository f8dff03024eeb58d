package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The 64 KiB body limit at its edge, with a Content-Length and chunked. */
class BodyLimitTest {
    private static final int LIMIT = HttpSettings.DEFAULT_MAX_BODY_BYTES;

    @RegisterExtension
    static final TestServer server = TestServer.create();

    @Test
    void aBodyOfExactlyTheLimitIsAccepted() {
        assertEquals(
                202,
                server.call("POST", "/notify").json(notifyBodyOf(LIMIT)).send().statusCode());
    }

    @Test
    void aBodyOneByteOverTheLimitIsRefusedWithoutBeingLogged() {
        long before = server.newestSeq();

        HttpResponse<String> response =
                server.call("POST", "/notify").json(notifyBodyOf(LIMIT + 1)).send();

        ProblemAssert.assertProblem(response, 413);
        assertEquals(before, server.newestSeq());
        assertEquals(200, server.get("/tasks").send().statusCode());
    }

    @Test
    void aChunkedBodyIsCountedAsItIsRead() {
        long before = server.newestSeq();
        byte[] atLimit = notifyBodyOf(LIMIT).getBytes(StandardCharsets.UTF_8);
        byte[] overLimit = notifyBodyOf(LIMIT + 1).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> accepted =
                server.call("POST", "/notify").chunked(atLimit).send();
        HttpResponse<String> refused =
                server.call("POST", "/notify").chunked(overLimit).send();

        assertEquals(202, accepted.statusCode(), accepted.body());
        ProblemAssert.assertProblem(refused, 413);
        assertEquals(before + 1, server.newestSeq());
    }

    @Test
    void aTooLargeTaskIsRefusedToo() {
        String body = "{\"name\":\"x\",\"pad\":\"" + "p".repeat(LIMIT) + "\"}";

        ProblemAssert.assertProblem(server.call("POST", "/tasks").json(body).send(), 413);
    }

    /** A POST /notify body of exactly {@code size} bytes (ASCII), padded in {@code data}. */
    private static String notifyBodyOf(int size) {
        String head = "{\"message\":\"big\",\"data\":\"";
        String tail = "\"}";
        String body = head + "d".repeat(size - head.length() - tail.length()) + tail;
        assertEquals(size, body.getBytes(StandardCharsets.UTF_8).length);
        return body;
    }
}
