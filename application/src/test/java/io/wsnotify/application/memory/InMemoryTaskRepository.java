package io.wsnotify.application.memory;

import io.wsnotify.domain.Task;
import io.wsnotify.domain.TaskFilter;
import io.wsnotify.domain.TaskId;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import io.wsnotify.domain.port.TaskRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link TaskRepository} in memory. */
public final class InMemoryTaskRepository implements TaskRepository {
    private final InMemoryStore store;

    InMemoryTaskRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Task add(TaskName name, TaskStatus status, Instant at) {
        return store.locked(() -> {
            Task task = new Task(new TaskId(++store.lastTaskId), name, status, at, at);
            store.tasks.put(task.id().value(), task);
            return task;
        });
    }

    @Override
    public Optional<Task> find(TaskId id) {
        return store.locked(() -> Optional.ofNullable(store.tasks.get(id.value())));
    }

    @Override
    public List<Task> list(TaskFilter filter) {
        return store.locked(() -> store.tasks.values().stream()
                .filter(task -> filter.status() == null || task.status() == filter.status())
                .skip(filter.offset())
                .limit(filter.limit())
                .toList());
    }

    @Override
    public void save(Task task) {
        store.locked(() -> store.tasks.replace(task.id().value(), task));
    }

    @Override
    public boolean remove(TaskId id) {
        return store.locked(() -> store.tasks.remove(id.value()) != null);
    }

    @Override
    public long count() {
        return store.locked(() -> (long) store.tasks.size());
    }
}
