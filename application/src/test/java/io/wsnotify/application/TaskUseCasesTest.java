package io.wsnotify.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wsnotify.application.testing.TestResourceData;
import io.wsnotify.domain.NotFoundException;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.NotificationType;
import io.wsnotify.domain.PageLimit;
import io.wsnotify.domain.Task;
import io.wsnotify.domain.TaskFilter;
import io.wsnotify.domain.TaskId;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import io.wsnotify.domain.Topic;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskUseCasesTest {
    private final UseCaseFixture core = new UseCaseFixture();

    @Test
    void createLogsAndPublishesTheSeedNotification() {
        Recorded<Task> created = core.tasks.create(new TaskName(" Write report "), null);
        Task task = created.value();
        assertEquals(TaskStatus.PENDING, task.status());
        assertEquals(UseCaseFixture.START, task.createdAt());
        Notification n = created.notification();
        assertEquals(1, n.seq());
        assertEquals("New task Write report created", n.content().message());
        assertEquals(NotificationType.SUCCESS, n.content().type());
        assertEquals(Topic.TASKS, n.topic());
        assertEquals("task.created", n.content().event());
        assertEquals("/tasks/" + task.id().value(), n.content().url());
        assertEquals(TestResourceData.INSTANCE.task(task), n.content().data());
        assertNull(n.content().to());
        assertEquals(List.of(n), core.logged());
        assertEquals(List.of(n.seq()), core.notifier.published());
    }

    @Test
    void createKeepsAGivenStatus() {
        assertEquals(
                TaskStatus.COMPLETED,
                core.tasks
                        .create(new TaskName("x"), TaskStatus.COMPLETED)
                        .value()
                        .status());
    }

    @Test
    void updateLogsTheSeedStatusMessageWithTheChangedTask() {
        Task task = core.tasks.create(new TaskName("Write report"), null).value();
        core.clock.advance(Duration.ofMinutes(5));
        Recorded<Task> updated = core.tasks.update(task.id(), null, TaskStatus.IN_PROGRESS);
        assertEquals(TaskStatus.IN_PROGRESS, updated.value().status());
        assertEquals(task.createdAt(), updated.value().createdAt());
        assertEquals(
                UseCaseFixture.START.plus(Duration.ofMinutes(5)),
                updated.value().updatedAt());
        Notification n = updated.notification();
        assertEquals(
                "Task " + task.id().value() + " status updated to in_progress",
                n.content().message());
        assertEquals(NotificationType.SUCCESS, n.content().type());
        assertEquals("task.updated", n.content().event());
        assertEquals(Topic.TASKS, n.topic());
        assertEquals("/tasks/" + task.id().value(), n.content().url());
        assertEquals(
                TestResourceData.INSTANCE.task(updated.value()), n.content().data());
        assertEquals(updated.value(), core.tasks.get(task.id()).value());
    }

    @Test
    void updateMayRenameAndKeepStatus() {
        Task task = core.tasks.create(new TaskName("Old"), TaskStatus.COMPLETED).value();
        Task renamed = core.tasks.update(task.id(), new TaskName("New"), null).value();
        assertEquals("New", renamed.name().value());
        assertEquals(TaskStatus.COMPLETED, renamed.status());
    }

    @Test
    void deleteLogsAnAlertWithTheDeletedTask() {
        Task task = core.tasks.create(new TaskName("Write report"), null).value();
        Recorded<Task> deleted = core.tasks.delete(task.id());
        assertEquals(task, deleted.value());
        Notification n = deleted.notification();
        assertEquals("Task Write report deleted", n.content().message());
        assertEquals(NotificationType.ALERT, n.content().type());
        assertEquals("task.deleted", n.content().event());
        assertEquals("/tasks/" + task.id().value(), n.content().url());
        assertEquals(TestResourceData.INSTANCE.task(task), n.content().data());
        assertThrows(NotFoundException.class, () -> core.tasks.get(task.id()));
    }

    @Test
    void unknownIdsAreNotFoundAndLogNothing() {
        TaskId unknown = new TaskId(99);
        assertEquals(
                99,
                assertThrows(NotFoundException.class, () -> core.tasks.get(unknown))
                        .id());
        assertEquals(
                "task",
                assertThrows(NotFoundException.class, () -> core.tasks.update(unknown, null, TaskStatus.COMPLETED))
                        .resource());
        assertThrows(NotFoundException.class, () -> core.tasks.delete(unknown));
        assertEquals(List.of(), core.logged());
        assertEquals(List.of(), core.notifier.published());
    }

    @Test
    void snapshotsCarryTheNewestSeqOfTheLog() {
        assertEquals(
                0, core.tasks.list(new TaskFilter(null, PageLimit.DEFAULT, 0)).seq());
        Task first = core.tasks.create(new TaskName("a"), null).value();
        core.tasks.create(new TaskName("b"), null);
        core.tasks.update(first.id(), null, TaskStatus.COMPLETED);
        assertEquals(3, core.newestSeq());
        assertEquals(
                3, core.tasks.list(new TaskFilter(null, PageLimit.DEFAULT, 0)).seq());
        assertEquals(3, core.tasks.get(first.id()).seq());
    }

    @Test
    void listsOldestFirstWithStatusLimitAndOffset() {
        for (int i = 1; i <= 5; i++) {
            core.tasks.create(new TaskName("t" + i), i % 2 == 0 ? TaskStatus.COMPLETED : TaskStatus.PENDING);
        }
        List<Task> pending =
                core.tasks.list(new TaskFilter(TaskStatus.PENDING, 100, 0)).value();
        assertEquals(
                List.of("t1", "t3", "t5"),
                pending.stream().map(t -> t.name().value()).toList());
        List<Task> page = core.tasks.list(new TaskFilter(null, 2, 1)).value();
        assertEquals(
                List.of("t2", "t3"), page.stream().map(t -> t.name().value()).toList());
    }
}
