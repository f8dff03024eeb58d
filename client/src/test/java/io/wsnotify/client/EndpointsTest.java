package io.wsnotify.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointsTest {
    @Test
    void streamAndResourcesHangOffTheBaseAndItsPrefix() {
        Endpoints plain = new Endpoints(URI.create("http://localhost:5050"));
        assertEquals(URI.create("ws://localhost:5050/ws/alice?since=42"), plain.stream("alice", List.of(), 42));
        assertEquals(
                URI.create("ws://localhost:5050/ws/alice?since=0&topics=tasks,devices"),
                plain.stream("alice", List.of("tasks", "devices"), 0));
        assertEquals(URI.create("http://localhost:5050/tasks?limit=5"), plain.resource("/tasks?limit=5"));
        assertEquals(
                URI.create("http://localhost:5050/notifications?limit=1&client_id=alice&topics=tasks"),
                plain.head("alice", List.of("tasks")));

        Endpoints proxied = new Endpoints(URI.create("https://example.org/notify/"));
        assertEquals(URI.create("wss://example.org/notify/ws/bob?since=1"), proxied.stream("bob", List.of(), 1));
        assertEquals(URI.create("https://example.org/notify/devices"), proxied.resource("/devices"));
        assertEquals(
                URI.create("https://example.org/notify/devices"),
                new Endpoints(URI.create("wss://example.org/notify")).resource("/devices"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"localhost:5050", "/relative", "ftp://host/", "http://host/?q=1", "http://host/#f", "mailto:me@x"
            })
    void refusesABaseThatIsNotAnHttpServer(String base) {
        assertThrows(IllegalArgumentException.class, () -> new Endpoints(URI.create(base)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasks", "//evil.example/x", "/has space"})
    void refusesAPathThatIsNotAbsoluteOnTheServer(String path) {
        Endpoints endpoints = new Endpoints(URI.create("http://localhost:5050"));
        assertThrows(IllegalArgumentException.class, () -> endpoints.resource(path));
    }
}
