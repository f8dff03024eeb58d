package io.wsnotify.domain.port;

import io.wsnotify.domain.Task;
import io.wsnotify.domain.TaskFilter;
import io.wsnotify.domain.TaskId;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Driven port: stores tasks. Called inside a {@link Transactions} unit of work. */
public interface TaskRepository {
    /** Stores a new task created at {@code at} and returns it with the id the store assigned. */
    Task add(TaskName name, TaskStatus status, Instant at);

    Optional<Task> find(TaskId id);

    /** Tasks matching the filter, oldest (lowest id) first. */
    List<Task> list(TaskFilter filter);

    /** Replaces the stored task with the same id. */
    void save(Task task);

    /** Removes the task; false when there was none. */
    boolean remove(TaskId id);

    long count();
}
