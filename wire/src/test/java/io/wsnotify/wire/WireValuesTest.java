package io.wsnotify.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.domain.InvalidValueException;
import io.wsnotify.domain.Topic;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the strings clients send become seqs, whole numbers and topic lists. */
class WireValuesTest {
    @Test
    void readsWholeNumbersUpToLongMax() {
        assertEquals(OptionalLong.of(0), WireValues.wholeNumber("0"));
        assertEquals(OptionalLong.of(42), WireValues.wholeNumber("0042"));
        assertEquals(OptionalLong.of(Long.MAX_VALUE), WireValues.wholeNumber(Long.toString(Long.MAX_VALUE)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "-1", "+1", " 1", "1 ", "1.0", "1e3", "x", "٣", "9223372036854775808", "12345678901234567890"
            })
    void refusesAnythingElseAsAWholeNumber(String text) {
        assertTrue(WireValues.wholeNumber(text).isEmpty());
    }

    @Test
    void tellsDigitsThatOverflowFromNonDigits() {
        assertTrue(WireValues.hasDigitsOnly("9999999999999999999"));
        assertFalse(WireValues.hasDigitsOnly("12345678901234567890"));
        assertFalse(WireValues.hasDigitsOnly("x"));
        assertFalse(WireValues.hasDigitsOnly(null));
    }

    @Test
    void refusesABadSeqNamingTheField() {
        assertEquals(7, WireValues.seq("since", "7"));
        InvalidValueException refused =
                assertThrows(InvalidValueException.class, () -> WireValues.seq("Last-Event-ID", "-3"));
        assertEquals("Last-Event-ID", refused.field());
        assertEquals("must be a whole number of 0 or more", refused.reason());
        assertThrows(InvalidValueException.class, () -> WireValues.seq("since", null));
    }

    @Test
    void readsTopicListsInOrderAndEmptyAsAll() {
        assertEquals(List.of(Topic.TASKS, Topic.DEVICES), List.copyOf(WireValues.topics("tasks,devices")));
        assertEquals(Set.of(), WireValues.topics(""));
        assertEquals(Set.of(), WireValues.topics(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,,b", ",", "tasks,", "Tasks", "a b"})
    void refusesAListWithABadEntry(String csv) {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> WireValues.topics(csv));
        assertEquals("topic", refused.field());
    }
}
