package io.wsnotify.domain;

import static io.wsnotify.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationDraftTest {
    private static final Instant AT = Instant.parse("2026-11-27T10:42:07.123Z");

    static NotificationDraft draft(String id, String message, String event, Map<String, JsonText> extra) {
        return new NotificationDraft(
                id,
                message,
                "/tasks/1",
                NotificationType.INFO,
                Topic.CUSTOM,
                event,
                AT,
                new JsonText("{}"),
                null,
                extra);
    }

    @Test
    void keepsPassThroughFieldsInTheirOrder() {
        Map<String, JsonText> extra = new LinkedHashMap<>();
        extra.put("zeta", new JsonText("1"));
        extra.put("alpha", new JsonText("\"a\""));
        extra.put("mid", new JsonText("[1,2]"));
        NotificationDraft draft = draft("n1", "hello", "custom", extra);
        assertEquals(List.of("zeta", "alpha", "mid"), List.copyOf(draft.extra().keySet()));
    }

    @Test
    void copiesPassThroughFieldsAndMakesThemReadOnly() {
        Map<String, JsonText> extra = new LinkedHashMap<>();
        extra.put("k", new JsonText("1"));
        NotificationDraft draft = draft("n1", "hello", "custom", extra);
        extra.put("later", new JsonText("2"));
        assertEquals(1, draft.extra().size());
        assertThrows(UnsupportedOperationException.class, () -> draft.extra().put("x", new JsonText("3")));
    }

    @Test
    void nullPassThroughMeansNone() {
        assertEquals(Map.of(), draft("n1", "hello", "custom", null).extra());
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "message", "url", "date", "type", "seq", "timestamp", "topic", "event", "data", "to"})
    void refusesPassThroughFieldsThatRedefineTheEnvelope(String reserved) {
        assertRefused("extra", () -> draft("n1", "hello", "custom", Map.of(reserved, new JsonText("1"))));
    }

    @Test
    void refusesAnEmptyMessage() {
        assertRefused("message", () -> draft("n1", "", "custom", null));
    }

    @Test
    void acceptsNoMessageAtAll() {
        assertNull(draft("n1", null, "custom", null).message());
    }

    @Test
    void acceptsAWhitespaceMessageAsPosted() {
        assertEquals(" ", draft("n1", " ", "custom", null).message());
    }

    @Test
    void boundsTheMessageLength() {
        assertEquals(
                4096, draft("n1", "m".repeat(4096), "custom", null).message().length());
        assertRefused("message", () -> draft("n1", "m".repeat(4097), "custom", null));
    }

    @Test
    void refusesBlankId() {
        assertRefused("id", () -> draft(" ", "hello", "custom", null));
        assertRefused("id", () -> draft(null, "hello", "custom", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Task.Created", "task created", "é"})
    void refusesMalformedEvents(String event) {
        assertRefused("event", () -> draft("n1", "hello", event, null));
    }

    @Test
    void refusesMissingTypeTopicOrTimestamp() {
        assertThrows(
                NullPointerException.class,
                () -> new NotificationDraft("n", "m", null, null, Topic.CUSTOM, "custom", AT, null, null, null));
        assertThrows(
                NullPointerException.class,
                () -> new NotificationDraft(
                        "n", "m", null, NotificationType.INFO, null, "custom", AT, null, null, null));
        assertThrows(
                NullPointerException.class,
                () -> new NotificationDraft(
                        "n", "m", null, NotificationType.INFO, Topic.CUSTOM, "custom", null, null, null, null));
    }

    @Test
    void jsonTextRefusesBlankAsData() {
        assertRefused("data", () -> new JsonText(" "));
        assertRefused("data", () -> new JsonText(null));
        assertEquals("[1]", new JsonText("[1]").toString());
    }
}
