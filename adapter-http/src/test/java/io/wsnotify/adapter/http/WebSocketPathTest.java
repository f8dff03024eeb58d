package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plain GET on the WebSocket path (no {@code Upgrade}) is told to upgrade: 426 with
 * {@code Upgrade: websocket} and a problem body (issue 12.3), with or without a trailing slash.
 */
class WebSocketPathTest {
    @RegisterExtension
    static final TestServer server = TestServer.create();

    @ParameterizedTest
    @ValueSource(strings = {"/ws/me", "/ws/me/", "/ws/dash-0a1b2c?since=5"})
    void aPlainGetIsToldToUpgrade(String target) {
        String response = RawHttp.get(server, target);

        assertTrue(response.startsWith("HTTP/1.1 426 Upgrade Required\r\n"), response);
        assertTrue(response.contains("\r\nUpgrade: websocket\r\n"), response);
        assertTrue(response.contains("\r\nContent-Type: application/problem+json\r\n"), response);
        var problem = ResponseJson.object(RawHttp.body(response));
        assertEquals(426, problem.getInt("status"));
        assertEquals("Upgrade Required", problem.getString("title"));
        assertEquals(
                target.contains("?") ? target.substring(0, target.indexOf('?')) : target,
                problem.getString("instance"));
    }
}
