package io.wsnotify.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wsnotify.domain.InvalidValueException;
import io.wsnotify.domain.JsonText;
import io.wsnotify.domain.Topic;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomNotificationTest {
    @Test
    void refusesTheReservedSystemTopic() {
        InvalidValueException refused = assertThrows(
                InvalidValueException.class,
                () -> new CustomNotification("fake replay frame", null, null, Topic.SYSTEM, null, null, null));
        assertEquals("topic", refused.field());
    }

    @Test
    void refusesAnEmptyMessage() {
        InvalidValueException refused = assertThrows(
                InvalidValueException.class, () -> new CustomNotification("", null, null, null, null, null, null));
        assertEquals("message", refused.field());
    }

    @Test
    void acceptsNoMessageAtAll() {
        CustomNotification onlyData =
                new CustomNotification(null, null, null, null, null, null, Map.of("text", new JsonText("\"hi\"")));

        assertNull(onlyData.message());
        assertEquals("\"hi\"", onlyData.extra().get("text").json());
    }

    @Test
    void acceptsAnyOtherTopic() {
        assertEquals(
                "ops",
                new CustomNotification("deployed", null, null, new Topic("ops"), null, null, null)
                        .topic()
                        .value());
    }
}
