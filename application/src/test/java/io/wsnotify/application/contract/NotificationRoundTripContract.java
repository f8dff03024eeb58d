package io.wsnotify.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.JsonText;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.NotificationDraft;
import io.wsnotify.domain.NotificationType;
import io.wsnotify.domain.Topic;
import io.wsnotify.domain.Visibility;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link io.wsnotify.domain.port.NotificationLog}: every field of a draft comes back
 * from {@code read} exactly as appended, pass-through fields in their order.
 */
public abstract class NotificationRoundTripContract extends StoreContract {
    private static final ClientId TAB = new ClientId("tab-1.x~y_Z");

    @Test
    void keepsEveryFieldExactly() {
        Map<String, JsonText> extra = new LinkedHashMap<>();
        extra.put("zeta", new JsonText("{\"nested\": [1, 2.50, {\"deep\": \"ü\\n\"}], \"e\": 1e3}"));
        extra.put("alpha", new JsonText("\"text with \\\"quotes\\\" and 📝\""));
        extra.put("mid-key with space", new JsonText("-0.0"));
        extra.put("nothing", new JsonText("null"));
        extra.put("flag", new JsonText("true"));
        extra.put("list", new JsonText("[ ]"));
        NotificationDraft draft = new NotificationDraft(
                "6f1c-uuid",
                "Multi\nline \"quoted\" 'single' ünïcødé 🚀 \\ \t end",
                "/tasks/11?x=1&y=\"2\"",
                NotificationType.WARNING,
                new Topic("billing.eu-1"),
                "invoice.late_2",
                Instant.parse("2026-11-27T10:42:07.123Z"),
                new JsonText("{\"id\": 11, \"name\": \"Write report\"}"),
                TAB,
                extra);
        Notification read = roundTrip(draft);
        assertEquals(draft, read.content());
        assertEquals(
                List.copyOf(extra.keySet()), List.copyOf(read.content().extra().keySet()));
    }

    /** Issue 12: numbers keep their text ({@code 1.5e300}, {@code 10.0}) and objects their key order. */
    @Test
    void keepsNumbersAndKeyOrderAsTyped() {
        Map<String, JsonText> extra = new LinkedHashMap<>();
        extra.put("huge", new JsonText("1.5e300"));
        extra.put("ten", new JsonText("10.0"));
        extra.put("object", new JsonText("{\"z\": 1.0E+2, \"a\": 0.10, \"m\": -0}"));
        NotificationDraft draft = new NotificationDraft(
                "n-typed",
                "typed",
                null,
                NotificationType.INFO,
                Topic.CUSTOM,
                "custom",
                SampleDrafts.T0,
                new JsonText("{\"b\": 1.5e300, \"a\": 10.0, \"c\": [3, 2, 1]}"),
                null,
                extra);
        NotificationDraft read = roundTrip(draft).content();
        assertEquals(
                "{\"b\": 1.5e300, \"a\": 10.0, \"c\": [3, 2, 1]}", read.data().json());
        assertEquals(
                List.of("1.5e300", "10.0", "{\"z\": 1.0E+2, \"a\": 0.10, \"m\": -0}"),
                read.extra().values().stream().map(JsonText::json).toList());
        assertEquals(List.of("huge", "ten", "object"), List.copyOf(read.extra().keySet()));
    }

    @Test
    void keepsAbsentUrlDataTargetAndExtra() {
        NotificationDraft draft = new NotificationDraft(
                "id-2",
                "bare",
                null,
                NotificationType.INFO,
                Topic.CUSTOM,
                "custom",
                Instant.parse("1999-12-31T23:59:59.999Z"),
                null,
                null,
                null);
        assertEquals(draft, roundTrip(draft).content());
    }

    @Test
    void keepsAnAbsentMessage() {
        NotificationDraft bare = new NotificationDraft(
                "id-3", null, null, NotificationType.INFO, Topic.CUSTOM, "custom", SampleDrafts.T0, null, null, null);
        NotificationDraft full = new NotificationDraft(
                "id-4",
                null,
                "/tasks/4",
                NotificationType.ERROR,
                Topic.TASKS,
                "custom",
                SampleDrafts.T0,
                new JsonText("{\"text\": \"hi\"}"),
                TAB,
                Map.of("text", new JsonText("\"hi\"")));
        Notification read = roundTrip(bare);
        assertNull(read.content().message());
        assertEquals(bare, read.content());
        assertEquals(full, roundTrip(full).content());
    }

    @Test
    void tellsNoDataApartFromJsonNull() {
        NotificationDraft none = withData(null);
        NotificationDraft jsonNull = withData(new JsonText("null"));
        assertEquals(none, roundTrip(none).content());
        assertEquals(jsonNull, roundTrip(jsonNull).content());
    }

    @Test
    void keepsDataOfEveryJsonKind() {
        for (String json : List.of(
                "\"a string\"",
                "42",
                "-1.5e-7",
                "true",
                "false",
                "[1,\"two\",null]",
                "{\"a\":{\"b\":[]}}",
                "  {\"spaced\" : 1 }  ")) {
            NotificationDraft draft = withData(new JsonText(json));
            assertEquals(draft, roundTrip(draft).content(), json);
        }
    }

    @Test
    void keepsEveryTypeAndTheLongestMessage() {
        for (NotificationType type : NotificationType.values()) {
            NotificationDraft draft = new NotificationDraft(
                    "t-" + type,
                    "x".repeat(NotificationDraft.MAX_MESSAGE_LENGTH),
                    "/devices/3",
                    type,
                    Topic.DEVICES,
                    "device.online",
                    SampleDrafts.T0,
                    null,
                    null,
                    null);
            assertEquals(draft, roundTrip(draft).content());
        }
    }

    @Test
    void keepsMillisecondsOfTimestamps() {
        for (String at : List.of(
                "2026-11-27T10:42:07.001Z",
                "2026-11-27T10:42:07.999Z",
                "1970-01-01T00:00:00Z",
                "2100-06-30T12:00:00.500Z")) {
            NotificationDraft draft = SampleDrafts.at(Instant.parse(at));
            assertEquals(draft.timestamp(), roundTrip(draft).content().timestamp());
        }
    }

    @Test
    void keepsPassThroughFieldsOfSeveralNotificationsApart() {
        NotificationDraft first = withExtra(Map.of("only", new JsonText("1")));
        NotificationDraft none = withExtra(null);
        NotificationDraft second = withExtra(Map.of("b", new JsonText("2")));
        List<Notification> appended = List.of(append(first), append(none), append(second));
        assertEquals(appended, tx(() -> log().read(new LogQuery(0, Set.of(), Visibility.untargetedOnly(), 100))));
    }

    private NotificationDraft withData(JsonText data) {
        return new NotificationDraft(
                "d-" + (data == null ? "none" : data.json().strip()),
                "data",
                null,
                NotificationType.INFO,
                Topic.CUSTOM,
                "custom",
                SampleDrafts.T0,
                data,
                null,
                null);
    }

    private NotificationDraft withExtra(Map<String, JsonText> extra) {
        return new NotificationDraft(
                "e-" + extra,
                "extra",
                null,
                NotificationType.INFO,
                Topic.CUSTOM,
                "custom",
                SampleDrafts.T0,
                null,
                null,
                extra);
    }

    private Notification append(NotificationDraft draft) {
        return tx(() -> log().append(draft));
    }

    private Notification roundTrip(NotificationDraft draft) {
        long seq = append(draft).seq();
        List<Notification> read = tx(() -> log().read(new LogQuery(seq - 1, Set.of(), TAB, 1)));
        assertEquals(1, read.size());
        assertEquals(seq, read.getFirst().seq());
        return read.getFirst();
    }
}
