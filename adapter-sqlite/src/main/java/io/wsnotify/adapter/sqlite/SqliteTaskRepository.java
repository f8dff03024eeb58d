package io.wsnotify.adapter.sqlite;

import io.helidon.dbclient.DbExecute;
import io.wsnotify.domain.Task;
import io.wsnotify.domain.TaskFilter;
import io.wsnotify.domain.TaskId;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import io.wsnotify.domain.port.TaskRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link TaskRepository} on table {@code tasks}. */
final class SqliteTaskRepository implements TaskRepository {
    private static final String INSERT =
            "INSERT INTO tasks (name, status, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id";
    private static final String FIND = "SELECT " + TaskRows.COLUMNS + " FROM tasks WHERE id = ?";
    private static final String LIST = "SELECT " + TaskRows.COLUMNS + " FROM tasks ORDER BY id LIMIT ? OFFSET ?";
    private static final String LIST_STATUS =
            "SELECT " + TaskRows.COLUMNS + " FROM tasks WHERE status = ? ORDER BY id LIMIT ? OFFSET ?";
    private static final String UPDATE =
            "UPDATE tasks SET name = ?, status = ?, created_at = ?, updated_at = ? WHERE id = ?";
    private static final String DELETE = "DELETE FROM tasks WHERE id = ?";
    private static final String COUNT = "SELECT count(*) FROM tasks";

    private final SqliteTransactions transactions;

    SqliteTaskRepository(SqliteTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Task add(TaskName name, TaskStatus status, Instant at) {
        long millis = at.toEpochMilli();
        long id = transactions
                .writer()
                .createGet(INSERT)
                .params(name.value(), status.wireName(), millis, millis)
                .execute()
                .map(row -> Column.longValue(row, 1))
                .orElseThrow();
        return new Task(new TaskId(id), name, status, Instant.ofEpochMilli(millis), Instant.ofEpochMilli(millis));
    }

    @Override
    public Optional<Task> find(TaskId id) {
        return transactions
                .reader()
                .createGet(FIND)
                .params(id.value())
                .execute()
                .map(TaskRows::task);
    }

    @Override
    public List<Task> list(TaskFilter filter) {
        DbExecute reader = transactions.reader();
        if (filter.status() == null) {
            return reader.createQuery(LIST)
                    .params(filter.limit(), filter.offset())
                    .execute()
                    .map(TaskRows::task)
                    .toList();
        }
        return reader.createQuery(LIST_STATUS)
                .params(filter.status().wireName(), filter.limit(), filter.offset())
                .execute()
                .map(TaskRows::task)
                .toList();
    }

    @Override
    public void save(Task task) {
        transactions.writer().createUpdate(UPDATE).params(TaskRows.update(task)).execute();
    }

    @Override
    public boolean remove(TaskId id) {
        return transactions.writer().createDelete(DELETE).params(id.value()).execute() > 0;
    }

    @Override
    public long count() {
        return transactions
                .reader()
                .createGet(COUNT)
                .execute()
                .map(row -> Column.longValue(row, 1))
                .orElse(0L);
    }
}
