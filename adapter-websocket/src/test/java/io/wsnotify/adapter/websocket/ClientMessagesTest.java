package io.wsnotify.adapter.websocket;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientMessagesTest {
    @ParameterizedTest
    @ValueSource(strings = {"{\"op\":\"ping\"}", " { \"op\" : \"ping\" } ", "\n{\t\"op\":\r\n\"ping\"}\n"})
    void recognisesPingWhateverTheWhitespace(String text) {
        assertTrue(ClientMessages.isPing(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "ping",
                "{}",
                "{\"op\":\"pong\"}",
                "{\"op\":\"ping\"",
                "{\"op\":\"ping\"}}",
                "{\"op\":\"ping\",\"id\":1}",
                "{\"OP\":\"ping\"}",
                "{\"op\":\"PING\"}",
                "[{\"op\":\"ping\"}]",
                "{\"op\":\"ping\"} x",
                "{'op':'ping'}"
            })
    void ignoresEverythingElse(String text) {
        assertFalse(ClientMessages.isPing(text));
    }
}
