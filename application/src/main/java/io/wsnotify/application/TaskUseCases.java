package io.wsnotify.application;

import io.wsnotify.domain.Task;
import io.wsnotify.domain.TaskFilter;
import io.wsnotify.domain.TaskId;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import java.util.List;

/** Driving port: create, list, read, change and delete tasks; every change is logged and published. */
public interface TaskUseCases {
    /** A new task, {@code PENDING} when no status is given. */
    Recorded<Task> create(TaskName name, TaskStatus status);

    Snapshot<List<Task>> list(TaskFilter filter);

    Snapshot<Task> get(TaskId id);

    /** Changes name and/or status (null keeps the current one). */
    Recorded<Task> update(TaskId id, TaskName name, TaskStatus status);

    /** Deletes the task and returns it as it was. */
    Recorded<Task> delete(TaskId id);
}
