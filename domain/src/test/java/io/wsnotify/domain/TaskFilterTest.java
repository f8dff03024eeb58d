package io.wsnotify.domain;

import static io.wsnotify.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TaskFilterTest {

    @Test
    void limitIsBetweenOneAndOneThousand() {
        assertRefused("limit", () -> new TaskFilter(null, 0, 0));
        assertRefused("limit", () -> new TaskFilter(null, 1001, 0));
        assertRefused("limit", () -> new TaskFilter(null, -1, 0));
        assertEquals(1, new TaskFilter(null, 1, 0).limit());
        assertEquals(1000, new TaskFilter(TaskStatus.PENDING, 1000, 0).limit());
    }

    @Test
    void offsetIsZeroOrMore() {
        assertRefused("offset", () -> new TaskFilter(null, 10, -1));
        assertEquals(Long.MAX_VALUE, new TaskFilter(null, 10, Long.MAX_VALUE).offset());
    }
}
