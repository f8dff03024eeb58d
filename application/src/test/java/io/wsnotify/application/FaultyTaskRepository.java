package io.wsnotify.application;

import io.wsnotify.domain.Task;
import io.wsnotify.domain.TaskFilter;
import io.wsnotify.domain.TaskId;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import io.wsnotify.domain.port.TaskRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A {@link TaskRepository} that writes through to another and then fails on the chosen writes. */
final class FaultyTaskRepository implements TaskRepository {
    private final TaskRepository inner;
    volatile boolean failAfterAdd;
    volatile boolean failAfterSave;
    volatile boolean failAfterRemove;

    FaultyTaskRepository(TaskRepository inner) {
        this.inner = inner;
    }

    @Override
    public Task add(TaskName name, TaskStatus status, Instant at) {
        Task added = inner.add(name, status, at);
        failIf(failAfterAdd, "add");
        return added;
    }

    @Override
    public Optional<Task> find(TaskId id) {
        return inner.find(id);
    }

    @Override
    public List<Task> list(TaskFilter filter) {
        return inner.list(filter);
    }

    @Override
    public void save(Task task) {
        inner.save(task);
        failIf(failAfterSave, "save");
    }

    @Override
    public boolean remove(TaskId id) {
        boolean removed = inner.remove(id);
        failIf(failAfterRemove, "remove");
        return removed;
    }

    @Override
    public long count() {
        return inner.count();
    }

    private static void failIf(boolean fail, String what) {
        if (fail) {
            throw new IllegalStateException("disk on fire during " + what);
        }
    }
}
