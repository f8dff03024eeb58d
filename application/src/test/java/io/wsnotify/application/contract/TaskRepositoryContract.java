package io.wsnotify.application.contract;

import static io.wsnotify.domain.TaskStatus.COMPLETED;
import static io.wsnotify.domain.TaskStatus.IN_PROGRESS;
import static io.wsnotify.domain.TaskStatus.PENDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.domain.PageLimit;
import io.wsnotify.domain.Task;
import io.wsnotify.domain.TaskFilter;
import io.wsnotify.domain.TaskId;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract of {@link io.wsnotify.domain.port.TaskRepository}; every implementation must pass it. */
public abstract class TaskRepositoryContract extends StoreContract {
    private static final Instant AT = Instant.parse("2026-11-27T10:42:07.123Z");

    @Test
    void addAssignsPositiveIncreasingIds() {
        Task first = add("first", PENDING);
        Task second = add("second", PENDING);
        Task third = add("third", COMPLETED);
        assertTrue(first.id().value() >= 1);
        assertTrue(second.id().value() > first.id().value());
        assertTrue(third.id().value() > second.id().value());
    }

    @Test
    void addReturnsTheTaskAsStored() {
        Task added = add("Write report", IN_PROGRESS);
        assertEquals(new Task(added.id(), new TaskName("Write report"), IN_PROGRESS, AT, AT), added);
        assertEquals(Optional.of(added), tx(() -> tasks().find(added.id())));
    }

    @Test
    void findsNothingForAnUnknownId() {
        add("only", PENDING);
        assertEquals(Optional.empty(), tx(() -> tasks().find(new TaskId(999_999))));
    }

    @Test
    void keepsUnicodeQuotesAndMilliseconds() {
        Instant at = Instant.parse("2026-01-02T03:04:05.006Z");
        TaskName name = new TaskName("Écrire « le rapport » 📝 'quoted' \"double\" \\ back");
        Task added = tx(() -> tasks().add(name, PENDING, at));
        Task found = tx(() -> tasks().find(added.id())).orElseThrow();
        assertEquals(name, found.name());
        assertEquals(at, found.createdAt());
        assertEquals(at, found.updatedAt());
    }

    @Test
    void saveReplacesOnlyTheTaskWithThatId() {
        Task kept = add("kept", PENDING);
        Task changed = add("changed", PENDING).change(new TaskName("renamed"), COMPLETED, AT.plusMillis(1500));
        txRun(() -> tasks().save(changed));
        assertEquals(Optional.of(changed), tx(() -> tasks().find(changed.id())));
        assertEquals(Optional.of(kept), tx(() -> tasks().find(kept.id())));
    }

    @Test
    void removeDeletesAndSaysWhetherThereWasOne() {
        Task gone = add("gone", PENDING);
        Task stays = add("stays", PENDING);
        assertTrue(tx(() -> tasks().remove(gone.id())));
        assertFalse(tx(() -> tasks().remove(gone.id())));
        assertEquals(Optional.empty(), tx(() -> tasks().find(gone.id())));
        assertEquals(List.of(stays), tx(() -> tasks().list(new TaskFilter(null, PageLimit.DEFAULT, 0))));
    }

    @Test
    void neverReusesTheIdOfARemovedTask() {
        Task newest = add("newest", PENDING);
        txRun(() -> tasks().remove(newest.id()));
        assertTrue(add("later", PENDING).id().value() > newest.id().value());
    }

    @Test
    void countsTasks() {
        assertEquals(0, tx(() -> tasks().count()));
        Task first = add("a", PENDING);
        add("b", COMPLETED);
        assertEquals(2, tx(() -> tasks().count()));
        txRun(() -> tasks().remove(first.id()));
        assertEquals(1, tx(() -> tasks().count()));
    }

    @Test
    void listsOldestFirst() {
        List<Task> added = List.of(add("a", PENDING), add("b", COMPLETED), add("c", IN_PROGRESS));
        assertEquals(added, tx(() -> tasks().list(new TaskFilter(null, PageLimit.DEFAULT, 0))));
    }

    @Test
    void listsOnlyTheStatusAskedFor() {
        add("a", PENDING);
        Task b = add("b", COMPLETED);
        add("c", IN_PROGRESS);
        Task d = add("d", COMPLETED);
        assertEquals(List.of(b, d), tx(() -> tasks().list(new TaskFilter(COMPLETED, 10, 0))));
    }

    @Test
    void pagesWithLimitAndOffset() {
        List<Task> added =
                List.of(add("a", PENDING), add("b", PENDING), add("c", PENDING), add("d", PENDING), add("e", PENDING));
        assertEquals(added.subList(0, 2), tx(() -> tasks().list(new TaskFilter(null, 2, 0))));
        assertEquals(added.subList(2, 4), tx(() -> tasks().list(new TaskFilter(null, 2, 2))));
        assertEquals(added.subList(4, 5), tx(() -> tasks().list(new TaskFilter(null, 2, 4))));
        assertEquals(List.of(), tx(() -> tasks().list(new TaskFilter(null, 2, 5))));
    }

    @Test
    void pagesWithinAStatus() {
        add("a", COMPLETED);
        add("b", PENDING);
        add("c", COMPLETED);
        Task d = add("d", COMPLETED);
        assertEquals(List.of(d), tx(() -> tasks().list(new TaskFilter(COMPLETED, 5, 2))));
    }

    @Test
    void worksOutsideATransaction() {
        Task added = tasks().add(new TaskName("autocommit"), PENDING, AT);
        assertEquals(Optional.of(added), tasks().find(added.id()));
        assertEquals(1, tasks().count());
        assertTrue(tasks().remove(added.id()));
    }

    private Task add(String name, TaskStatus status) {
        return tx(() -> tasks().add(new TaskName(name), status, AT));
    }
}
