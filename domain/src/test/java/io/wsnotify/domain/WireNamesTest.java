package io.wsnotify.domain;

import static io.wsnotify.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WireNamesTest {

    @Test
    void taskStatusesHaveTheSeedWireNames() {
        assertEquals("pending", TaskStatus.PENDING.wireName());
        assertEquals("in_progress", TaskStatus.IN_PROGRESS.wireName());
        assertEquals("completed", TaskStatus.COMPLETED.wireName());
    }

    @ParameterizedTest
    @EnumSource(TaskStatus.class)
    void taskStatusRoundTripsThroughItsWireName(TaskStatus status) {
        assertEquals(status, TaskStatus.fromWire(status.wireName()));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "PENDING", "in-progress", "IN_PROGRESS", "done", " pending"})
    void taskStatusRefusesOtherNamesListingTheAcceptedOnes(String text) {
        InvalidValueException refused = assertRefused("status", () -> TaskStatus.fromWire(text));
        assertTrue(refused.reason().contains("pending, in_progress, completed"), refused.reason());
    }

    @ParameterizedTest
    @EnumSource(NotificationType.class)
    void notificationTypeParsesItsUpperCaseName(NotificationType type) {
        assertEquals(type, NotificationType.fromWire(type.name()));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "info", "Info", "NOTICE", "INFO "})
    void notificationTypeRefusesOtherNamesListingTheAcceptedOnes(String text) {
        InvalidValueException refused = assertRefused("type", () -> NotificationType.fromWire(text));
        assertTrue(refused.reason().contains("INFO, SUCCESS, ALERT, WARNING, ERROR"), refused.reason());
    }
}
