package io.wsnotify.application;

import io.wsnotify.domain.InvalidValueException;
import io.wsnotify.domain.NotFoundException;
import io.wsnotify.domain.Task;
import io.wsnotify.domain.TaskFilter;
import io.wsnotify.domain.TaskId;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import io.wsnotify.domain.port.NotificationLog;
import io.wsnotify.domain.port.TaskRepository;
import io.wsnotify.domain.port.Transactions;
import java.time.InstantSource;
import java.util.List;

/** {@link TaskUseCases}: create, list, read, change and delete tasks; every change is logged and published. */
final class TaskService implements TaskUseCases {
    private final TaskRepository tasks;
    private final NotificationLog log;
    private final Transactions transactions;
    private final ChangeRecorder recorder;
    private final NotificationDrafts drafts;
    private final InstantSource clock;

    TaskService(
            TaskRepository tasks,
            NotificationLog log,
            Transactions transactions,
            ChangeRecorder recorder,
            NotificationDrafts drafts,
            InstantSource clock) {
        this.tasks = tasks;
        this.log = log;
        this.transactions = transactions;
        this.recorder = recorder;
        this.drafts = drafts;
        this.clock = clock;
    }

    @Override
    public Recorded<Task> create(TaskName name, TaskStatus status) {
        if (name == null) {
            throw new InvalidValueException("name", "is required");
        }
        TaskStatus initial = status == null ? TaskStatus.PENDING : status;
        return recorder.record(() -> tasks.add(name, initial, clock.instant()), drafts::taskCreated);
    }

    @Override
    public Snapshot<List<Task>> list(TaskFilter filter) {
        return transactions.inTransaction(
                () -> new Snapshot<>(tasks.list(filter), log.bounds().newest()));
    }

    @Override
    public Snapshot<Task> get(TaskId id) {
        return transactions.inTransaction(
                () -> new Snapshot<>(existing(id), log.bounds().newest()));
    }

    /** Changes name and/or status (null keeps the current one). */
    @Override
    public Recorded<Task> update(TaskId id, TaskName name, TaskStatus status) {
        if (name == null && status == null) {
            throw new InvalidValueException("status", "a new status or name is required");
        }
        return recorder.record(
                () -> {
                    Task changed = existing(id).change(name, status, clock.instant());
                    tasks.save(changed);
                    return changed;
                },
                drafts::taskUpdated);
    }

    /** Deletes the task and returns it as it was. */
    @Override
    public Recorded<Task> delete(TaskId id) {
        return recorder.record(
                () -> {
                    Task task = existing(id);
                    tasks.remove(id);
                    return task;
                },
                drafts::taskDeleted);
    }

    private Task existing(TaskId id) {
        return tasks.find(id).orElseThrow(() -> NotFoundException.task(id));
    }
}
