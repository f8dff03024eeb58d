package io.wsnotify.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.InvalidValueException;
import io.wsnotify.domain.JsonText;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.NotificationType;
import io.wsnotify.domain.Topic;
import io.wsnotify.domain.Visibility;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotificationUseCasesTest {
    private final UseCaseFixture core = new UseCaseFixture();

    private static CustomNotification message(String text) {
        return new CustomNotification(text, null, null, null, null, null, null);
    }

    @Test
    void customDefaultsToInfoOnTopicCustomWithEventCustom() {
        Recorded<Notification> published = core.notifications.publish(message("Hello"));
        Notification n = published.value();
        assertEquals(n, published.notification());
        assertEquals("Hello", n.content().message());
        assertEquals(NotificationType.INFO, n.content().type());
        assertEquals(Topic.CUSTOM, n.topic());
        assertEquals("custom", n.content().event());
        assertNull(n.content().url());
        assertNull(n.content().data());
        assertNull(n.content().to());
        assertEquals(UseCaseFixture.START, n.content().timestamp());
        assertEquals(3, published.recipients());
        assertEquals(List.of(n.seq()), core.notifier.published());
    }

    @Test
    void customKeepsEverythingAsPosted() {
        Map<String, JsonText> extra = new LinkedHashMap<>();
        extra.put("priority", new JsonText("5"));
        extra.put("tags", new JsonText("[\"a\"]"));
        Notification n = core.notifications
                .publish(new CustomNotification(
                        "Disk full",
                        NotificationType.WARNING,
                        "/devices/3",
                        new Topic("ops.alerts"),
                        new ClientId("alice"),
                        new JsonText("{\"free\":0}"),
                        extra))
                .value();
        assertEquals(NotificationType.WARNING, n.content().type());
        assertEquals("/devices/3", n.content().url());
        assertEquals(new Topic("ops.alerts"), n.topic());
        assertEquals("custom", n.content().event());
        assertEquals(new ClientId("alice"), n.content().to());
        assertEquals(new JsonText("{\"free\":0}"), n.content().data());
        assertEquals(
                List.of("priority", "tags"), List.copyOf(n.content().extra().keySet()));
    }

    @Test
    void refusesAnEmptyMessage() {
        assertEquals(
                "message",
                assertThrows(InvalidValueException.class, () -> message("")).field());
    }

    @Test
    void publishesANotificationWithoutMessage() {
        Notification n = core.notifications
                .publish(new CustomNotification(
                        null, null, null, null, null, null, Map.of("text", new JsonText("\"hi\""))))
                .value();
        assertNull(n.content().message());
        assertEquals(new JsonText("\"hi\""), n.content().extra().get("text"));
    }

    @Test
    void aRefusedDraftLogsAndPublishesNothing() {
        CustomNotification redefinesSeq =
                new CustomNotification("x", null, null, null, null, null, Map.of("seq", new JsonText("1")));
        assertThrows(InvalidValueException.class, () -> core.notifications.publish(redefinesSeq));
        assertEquals(List.of(), core.logged());
        assertEquals(List.of(), core.notifier.published());
    }

    @Test
    void readFiltersAfterSinceByTopicAndCarriesTheNewestSeq() {
        core.notifications.publish(message("one"));
        core.notifications.publish(new CustomNotification("two", null, null, new Topic("other"), null, null, null));
        core.notifications.publish(message("three"));
        Snapshot<List<Notification>> read =
                core.notifications.read(new LogQuery(1, Set.of(Topic.CUSTOM), Visibility.untargetedOnly(), 10));
        assertEquals(List.of(3L), read.value().stream().map(Notification::seq).toList());
        assertEquals(3, read.seq());
    }

    @Test
    void readLeavesOutNotificationsTargetedAtOthers() {
        core.notifications.publish(
                new CustomNotification("secret", null, null, null, new ClientId("alice"), null, null));
        assertEquals(
                List.of(),
                core.notifications
                        .read(new LogQuery(0, null, Visibility.untargetedOnly(), 10))
                        .value());
        assertEquals(
                1,
                core.notifications
                        .read(new LogQuery(0, null, new ClientId("alice"), 10))
                        .value()
                        .size());
    }

    @Test
    void pruneKeepsTheNewestCountAndNeverReusesSeqs() {
        for (int i = 0; i < 8; i++) {
            core.notifications.publish(message("m" + i));
        }
        assertEquals(3, core.notifications.prune());
        assertEquals(
                List.of(4L, 5L, 6L, 7L, 8L),
                core.logged().stream().map(Notification::seq).toList());
        assertEquals(9, core.notifications.publish(message("next")).value().seq());
    }

    @Test
    void pruneDropsWhatIsOlderThanTheMaximumAge() {
        core.notifications.publish(message("old"));
        core.clock.advance(Duration.ofHours(2));
        core.notifications.publish(message("new"));
        assertEquals(1, core.notifications.prune());
        assertEquals(List.of(2L), core.logged().stream().map(Notification::seq).toList());
        assertEquals(
                2,
                core.notifications
                        .read(new LogQuery(0, null, Visibility.untargetedOnly(), 10))
                        .seq());
    }
}
