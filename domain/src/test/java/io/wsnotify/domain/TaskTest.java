package io.wsnotify.domain;

import static io.wsnotify.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TaskTest {
    private static final Instant CREATED = Instant.parse("2026-11-27T10:00:00Z");
    private static final Task TASK =
            new Task(new TaskId(1), new TaskName("Write"), TaskStatus.PENDING, CREATED, CREATED);

    @Test
    void changeOfStatusKeepsNameAndCreatedAt() {
        Instant later = CREATED.plusSeconds(60);
        Task changed = TASK.change(null, TaskStatus.COMPLETED, later);
        assertEquals(new Task(new TaskId(1), new TaskName("Write"), TaskStatus.COMPLETED, CREATED, later), changed);
    }

    @Test
    void changeOfNameKeepsStatus() {
        Task changed = TASK.change(new TaskName("Read"), null, CREATED.plusSeconds(1));
        assertEquals("Read", changed.name().value());
        assertEquals(TaskStatus.PENDING, changed.status());
        assertEquals(CREATED, changed.createdAt());
    }

    @Test
    void updatedAtNeverFallsBeforeCreatedAtWhenTheClockGoesBack() {
        Task changed = TASK.change(null, TaskStatus.IN_PROGRESS, CREATED.minusSeconds(3600));
        assertEquals(CREATED, changed.updatedAt());
        assertEquals(CREATED, changed.createdAt());
    }

    @Test
    void refusesUpdatedAtBeforeCreatedAt() {
        assertRefused(
                "updated_at",
                () -> new Task(new TaskId(1), new TaskName("x"), TaskStatus.PENDING, CREATED, CREATED.minusMillis(1)));
    }

    @Test
    void refusesMissingParts() {
        assertThrows(
                NullPointerException.class,
                () -> new Task(null, new TaskName("x"), TaskStatus.PENDING, CREATED, CREATED));
        assertThrows(
                NullPointerException.class, () -> new Task(new TaskId(1), null, TaskStatus.PENDING, CREATED, CREATED));
        assertThrows(
                NullPointerException.class, () -> new Task(new TaskId(1), new TaskName("x"), null, CREATED, CREATED));
        assertThrows(
                NullPointerException.class,
                () -> new Task(new TaskId(1), new TaskName("x"), TaskStatus.PENDING, null, CREATED));
        assertThrows(
                NullPointerException.class,
                () -> new Task(new TaskId(1), new TaskName("x"), TaskStatus.PENDING, CREATED, null));
    }
}
