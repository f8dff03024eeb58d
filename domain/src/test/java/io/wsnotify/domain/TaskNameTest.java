package io.wsnotify.domain;

import static io.wsnotify.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskNameTest {

    @Test
    void trimsSurroundingWhitespace() {
        assertEquals("Write report", new TaskName("  \tWrite report \n").value());
    }

    @Test
    void printsAsItsValue() {
        assertEquals("Write report", new TaskName("Write report").toString());
    }

    @Test
    void refusesNullAsRequired() {
        assertTrue(assertRefused("name", () -> new TaskName(null)).reason().contains("required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   \t\n ", "\u2003"})
    void refusesBlankNames(String blank) {
        assertTrue(assertRefused("name", () -> new TaskName(blank)).reason().contains("blank"));
    }

    @Test
    void acceptsExactlyTwoHundredCharacters() {
        assertEquals(200, new TaskName("x".repeat(200)).value().length());
    }

    @Test
    void refusesTwoHundredAndOneCharacters() {
        assertRefused("name", () -> new TaskName("x".repeat(201)));
    }

    @Test
    void countsCodePointsNotUtf16Units() {
        String emoji = "\uD83D\uDE00";
        TaskName name = new TaskName(emoji.repeat(200));
        assertEquals(400, name.value().length());
        assertRefused("name", () -> new TaskName(emoji.repeat(201)));
    }

    @Test
    void lengthIsMeasuredAfterTrimming() {
        assertEquals(200, new TaskName("   " + "y".repeat(200) + "   ").value().length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\tb", "line\nbreak", "bell\u0007", "del\u007f", "c1\u0085x"})
    void refusesControlCharactersInside(String withControl) {
        assertTrue(
                assertRefused("name", () -> new TaskName(withControl)).reason().contains("control"));
    }

    @Test
    void keepsUnicodeLetters() {
        assertEquals("Füße — 日本語 ✓", new TaskName("Füße — 日本語 ✓").value());
    }
}
