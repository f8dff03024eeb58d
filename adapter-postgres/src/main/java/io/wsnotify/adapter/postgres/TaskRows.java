package io.wsnotify.adapter.postgres;

import io.helidon.dbclient.DbRow;
import io.wsnotify.domain.Task;
import io.wsnotify.domain.TaskId;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import java.util.List;

/** Maps rows of table {@code tasks} to tasks and back. */
final class TaskRows {
    static final String COLUMNS = "id, name, status, created_at, updated_at";

    private TaskRows() {}

    static Task task(DbRow row) {
        return new Task(
                new TaskId(Column.longValue(row, 1)),
                new TaskName(Column.text(row, 2)),
                TaskStatus.fromWire(Column.text(row, 3)),
                Column.instant(row, 4),
                Column.instant(row, 5));
    }

    /** Parameters for {@code SET name = ?, status = ?, created_at = ?, updated_at = ? WHERE id = ?}. */
    static List<Object> update(Task task) {
        return List.of(
                task.name().value(),
                task.status().wireName(),
                Column.parameter(task.createdAt()),
                Column.parameter(task.updatedAt()),
                task.id().value());
    }
}
