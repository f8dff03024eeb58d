package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A browser reloading the dashboard asks for its files with {@code If-None-Match}; an unchanged
 * file is a 304 without a body, not a 500 (the reloaded page would not start).
 */
class ConditionalGetTest {
    @RegisterExtension
    static final TestServer server = TestServer.create().withDocs();

    @ParameterizedTest
    @ValueSource(strings = {"/web/app.js", "/web/style.css", "/docs/assets/swagger-ui.css"})
    void anUnchangedFileIsNotModified(String path) {
        HttpResponse<String> first = server.get(path).send();
        String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + first));

        HttpResponse<String> again =
                server.get(path).header("If-None-Match", etag).send();

        assertEquals(304, again.statusCode(), again.body());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(null));
        assertTrue(server.get(path).header("If-None-Match", "\"other\"").send().statusCode() == 200);
    }
}
