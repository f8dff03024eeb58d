package io.wsnotify.domain;

import static io.wsnotify.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TopicTest {

    @ParameterizedTest
    @ValueSource(strings = {"tasks", "a", "sensor.temp-1_x", "0", "..--__"})
    void acceptsLowerCaseLettersDigitsDotDashUnderscore(String value) {
        assertEquals(value, new Topic(value).value());
    }

    @Test
    void acceptsSixtyFourCharacters() {
        assertEquals(64, new Topic("t".repeat(64)).value().length());
    }

    @Test
    void refusesSixtyFiveCharacters() {
        assertRefused("topic", () -> new Topic("t".repeat(65)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Tasks", "with space", "a/b", "a,b", "émoji", "日本", "tab\t", "a~b", "a\n"})
    void refusesEverythingElse(String value) {
        assertRefused("topic", () -> new Topic(value));
    }

    @Test
    void refusesNull() {
        assertRefused("topic", () -> new Topic(null));
    }

    @Test
    void wellKnownTopicsHaveTheirWireNames() {
        assertEquals("tasks", Topic.TASKS.toString());
        assertEquals("devices", Topic.DEVICES.value());
        assertEquals("custom", Topic.CUSTOM.value());
        assertEquals("system", Topic.SYSTEM.value());
    }
}
