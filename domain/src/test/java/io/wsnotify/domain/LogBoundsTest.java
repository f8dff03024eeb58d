package io.wsnotify.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogBoundsTest {

    @Test
    void refusesImpossibleBounds() {
        assertThrows(IllegalArgumentException.class, () -> new LogBounds(-1, 5));
        assertThrows(IllegalArgumentException.class, () -> new LogBounds(0, -1));
        assertThrows(IllegalArgumentException.class, () -> new LogBounds(6, 5));
    }

    @Test
    void emptyNewLogHasNothingPrunedAndIsBehindNothing() {
        LogBounds empty = new LogBounds(0, 0);
        assertFalse(empty.hasPrunedAfter(0));
        assertFalse(empty.isBehind(0));
        assertTrue(empty.isBehind(1));
    }

    @Test
    void sinceJustBeforeTheOldestLosesNothing() {
        LogBounds bounds = new LogBounds(5, 9);
        assertFalse(bounds.hasPrunedAfter(4));
        assertFalse(bounds.hasPrunedAfter(5));
        assertFalse(bounds.hasPrunedAfter(9));
    }

    @Test
    void sinceFurtherBackHasAHole() {
        LogBounds bounds = new LogBounds(5, 9);
        assertTrue(bounds.hasPrunedAfter(3));
        assertTrue(bounds.hasPrunedAfter(0));
    }

    @Test
    void fullLogFromOneHasNothingPruned() {
        assertFalse(new LogBounds(1, 9).hasPrunedAfter(0));
    }

    @Test
    void fullyPrunedLogHasAHoleForAnyOlderSince() {
        LogBounds allPruned = new LogBounds(0, 9);
        assertTrue(allPruned.hasPrunedAfter(8));
        assertTrue(allPruned.hasPrunedAfter(0));
        assertFalse(allPruned.hasPrunedAfter(9));
    }

    @Test
    void isBehindOnlyPastTheNewestSeq() {
        LogBounds bounds = new LogBounds(5, 9);
        assertFalse(bounds.isBehind(9));
        assertFalse(bounds.isBehind(0));
        assertTrue(bounds.isBehind(10));
    }
}
