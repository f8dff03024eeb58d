package io.wsnotify.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.wsnotify.application.testing.MiniJson;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.JsonText;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.NotificationDraft;
import io.wsnotify.domain.NotificationType;
import io.wsnotify.domain.Topic;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvelopeJsonTest {
    private static final Instant AT = Instant.parse("2026-11-27T23:42:07.123Z");
    private static final List<String> SEED_FIRST =
            List.of("id", "message", "url", "date", "type", "seq", "timestamp", "topic", "event", "data");

    private static Notification notification(long seq, ClientId to, Map<String, JsonText> extra) {
        return new Notification(
                seq,
                new NotificationDraft(
                        "6f1c-id",
                        "New task \"Write\" created",
                        "/tasks/11",
                        NotificationType.SUCCESS,
                        Topic.TASKS,
                        "task.created",
                        AT,
                        new JsonText("{\"id\":11}"),
                        to,
                        extra));
    }

    @Test
    void rendersTheSeedFieldsFirstInTheirOrder() {
        Map<String, Object> envelope =
                MiniJson.object(new EnvelopeJson(ZoneOffset.UTC).render(notification(42, null, null)));
        assertEquals(SEED_FIRST, List.copyOf(envelope.keySet()));
        assertEquals("6f1c-id", envelope.get("id"));
        assertEquals("New task \"Write\" created", envelope.get("message"));
        assertEquals("/tasks/11", envelope.get("url"));
        assertEquals("2026-11-27 23:42", envelope.get("date"));
        assertEquals("SUCCESS", envelope.get("type"));
        assertEquals(new BigDecimal(42), envelope.get("seq"));
        assertEquals("2026-11-27T23:42:07.123Z", envelope.get("timestamp"));
        assertEquals("tasks", envelope.get("topic"));
        assertEquals("task.created", envelope.get("event"));
        assertEquals(Map.of("id", new BigDecimal(11)), envelope.get("data"));
    }

    @Test
    void rendersTheDateInTheGivenZoneAndTheTimestampInUtc() {
        Map<String, Object> envelope =
                MiniJson.object(new EnvelopeJson(ZoneId.of("Europe/Berlin")).render(notification(1, null, null)));
        assertEquals("2026-11-28 00:42", envelope.get("date"));
        assertEquals("2026-11-27T23:42:07.123Z", envelope.get("timestamp"));
    }

    @Test
    void timestampAlwaysHasMilliseconds() {
        NotificationDraft onTheSecond = new NotificationDraft(
                "i",
                "m",
                null,
                NotificationType.INFO,
                Topic.CUSTOM,
                "custom",
                Instant.parse("2026-01-02T03:04:05Z"),
                null,
                null,
                null);
        Map<String, Object> envelope =
                MiniJson.object(new EnvelopeJson(ZoneOffset.UTC).render(new Notification(1, onTheSecond)));
        assertEquals("2026-01-02T03:04:05.000Z", envelope.get("timestamp"));
        assertNull(envelope.get("url"));
        assertNull(envelope.get("data"));
        assertEquals(SEED_FIRST, List.copyOf(envelope.keySet()));
    }

    @Test
    void addsToThenPassThroughFieldsInTheirOrder() {
        Map<String, JsonText> extra = new LinkedHashMap<>();
        extra.put("zeta", new JsonText("true"));
        extra.put("alpha", new JsonText("{\"nested\":[1,\"x\"]}"));
        String text = new EnvelopeJson(ZoneOffset.UTC).render(notification(7, new ClientId("alice"), extra));
        Map<String, Object> envelope = MiniJson.object(text);
        List<String> expected = new ArrayList<>(SEED_FIRST);
        expected.addAll(List.of("to", "zeta", "alpha"));
        assertEquals(expected, List.copyOf(envelope.keySet()));
        assertEquals("alice", envelope.get("to"));
        assertEquals(Boolean.TRUE, envelope.get("zeta"));
    }

    @Test
    void leavesOutToWhenUntargeted() {
        String text =
                new EnvelopeJson(ZoneOffset.UTC).render(notification(7, null, Map.of("extra", new JsonText("1"))));
        assertFalse(MiniJson.object(text).containsKey("to"));
    }

    @Test
    void rendersAllAsAnArrayInTheGivenOrder() {
        EnvelopeJson json = new EnvelopeJson(ZoneOffset.UTC);
        Object parsed =
                MiniJson.parse(json.renderAll(List.of(notification(3, null, null), notification(5, null, null))));
        List<?> array = (List<?>) parsed;
        assertEquals(
                List.of(new BigDecimal(3), new BigDecimal(5)),
                array.stream().map(o -> ((Map<?, ?>) o).get("seq")).toList());
        assertEquals("[]", json.renderAll(List.of()));
    }

    @Test
    void aPublishedEnvelopeEndsWithItsRecipients() {
        EnvelopeJson json = new EnvelopeJson(ZoneOffset.UTC);
        Notification published = notification(9, new ClientId("alice"), Map.of("extra", new JsonText("[1]")));
        String envelope = json.render(published);
        assertEquals(
                envelope.substring(0, envelope.length() - 1) + ",\"recipients\":3}",
                json.renderPublished(published, 3));
    }
}
