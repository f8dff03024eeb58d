package io.wsnotify.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every setting is checked when it is set, with a message naming it. */
class NotifyClientBuilderTest {
    private final NotifyClientBuilder builder = NotifyClient.builder(URI.create("http://localhost:5050"));

    private static void refused(String setting, Runnable set) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, set::run);
        assertTrue(e.getMessage().startsWith(setting), e.getMessage());
    }

    @Test
    void refusesBadValuesNamingTheSetting() {
        refused("clientId", () -> builder.clientId(""));
        refused("clientId", () -> builder.clientId("a/b"));
        refused("clientId", () -> builder.clientId("x".repeat(65)));
        refused("topics", () -> builder.topics("Tasks"));
        refused("topics", () -> builder.topics("tasks", ""));
        refused("since", () -> builder.since(-1));
        refused("connectTimeout", () -> builder.connectTimeout(Duration.ZERO));
        refused("backoff", () -> builder.backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        refused("heartbeat", () -> builder.heartbeat(Duration.ofSeconds(1), Duration.ofSeconds(-1)));
        refused("base URI", () -> NotifyClient.builder(URI.create("localhost:5050")));
    }

    @Test
    void acceptsTheIdsAndTopicsTheServerAccepts() {
        builder.clientId("A-z_0.9~x")
                .clientId("x".repeat(64))
                .topics("tasks", "a.b_c-9")
                .topics();
    }

    @Test
    void connectNeedsAClientId() {
        IllegalStateException e = assertThrows(IllegalStateException.class, builder::connect);
        assertTrue(e.getMessage().contains("clientId"), e.getMessage());
    }

    @Test
    void finalRefusalsAreThe4xxThatRetryingCannotFix() {
        assertTrue(new NotifyException("", 401, null).isFinal());
        assertTrue(new NotifyException("", 403, null).isFinal());
        assertTrue(new NotifyException("", 404, null).isFinal());
        assertEquals(false, new NotifyException("", 429, null).isFinal());
        assertEquals(false, new NotifyException("", 503, null).isFinal());
        assertEquals(false, new NotifyException("", 0, null).isFinal());
        assertTrue(new NotifyException("", 403, null).isAuthenticationFailure());
    }
}
