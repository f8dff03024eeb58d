package io.wsnotify.bootstrap.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The request log writes one line per request that a client cannot split. */
class RequestLogTest {
    @Test
    void writesTheRawPathOnOneStructuredLine() {
        assertEquals(
                "method=GET route=/tasks/{id} path=/tasks/x%0aFAKE%20LINE status=400 duration_ms=6.80",
                RequestLog.line("GET", "/tasks/{id}", "/tasks/x%0aFAKE%20LINE", 400, 6_800_000));
    }

    @Test
    void escapesControlCharactersAndSpacesShouldAPathEverCarryThem() {
        assertEquals(
                "method=GET route=unmatched path=/a%0Ab%0Dc%20d%00 status=404 duration_ms=0.00",
                RequestLog.line("GET", "unmatched", "/a\nb\rc d\0", 404, 0));
    }

    @Test
    void marksAMissingPath() {
        assertEquals(
                "method=POST route=/tasks path=- status=201 duration_ms=1.50",
                RequestLog.line("POST", "/tasks", null, 201, 1_500_000));
    }
}
