package io.wsnotify.adapter.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.wsnotify.application.Recorded;
import io.wsnotify.application.Snapshot;
import io.wsnotify.application.TaskUseCases;
import io.wsnotify.domain.PageLimit;
import io.wsnotify.domain.Task;
import io.wsnotify.domain.TaskFilter;
import io.wsnotify.domain.TaskId;
import io.wsnotify.domain.TaskStatus;
import io.wsnotify.wire.ResourceJson;
import java.util.List;

/**
 * REST resource {@code /tasks} (DESIGN §3): list with {@code ?status=&limit=&offset=}, create,
 * read, change and delete. Reads carry {@code Notify-Seq}; a create answers 201 with
 * {@code Location}; a delete answers 200 with the task as it was. On a change an empty
 * {@code ?status=} counts as absent, so a body status can go with it.
 */
final class TaskHttpService implements HttpService {
    private final TaskUseCases tasks;

    TaskHttpService(TaskUseCases tasks) {
        this.tasks = tasks;
    }

    @Override
    public void routing(HttpRules rules) {
        ResourceRoute.at(ApiPaths.TASKS).get(this::list).post(this::create).registerOn(rules);
        ResourceRoute.at(ApiPaths.TASK)
                .get(this::get)
                .put(this::update)
                .delete(this::delete)
                .registerOn(rules);
    }

    private void list(ServerRequest req, ServerResponse res) {
        QueryParams query = QueryParams.of(req);
        TaskStatus status = query.parsed("status", TaskStatus::fromWire).orElse(null);
        int limit = (int) query.number("limit", 1, PageLimit.MAX, PageLimit.DEFAULT);
        long offset = query.number("offset", 0, Long.MAX_VALUE, 0);
        Snapshot<List<Task>> snapshot = tasks.list(new TaskFilter(status, limit, offset));
        JsonResponses.snapshot(res, ResourceJson.tasks(snapshot.value()), snapshot.seq());
    }

    private void create(ServerRequest req, ServerResponse res) {
        TaskRequests.NewTask command = TaskRequests.newTask(JsonBody.required(req));
        Recorded<Task> created = tasks.create(command.name(), command.status());
        res.header(HeaderNames.LOCATION, "/tasks/" + created.value().id().value());
        JsonResponses.send(res, Status.CREATED_201, json(created));
    }

    private void get(ServerRequest req, ServerResponse res) {
        Snapshot<Task> snapshot = tasks.get(new TaskId(PathIds.id(req)));
        JsonResponses.snapshot(res, ResourceJson.task(snapshot.value()).json(), snapshot.seq());
    }

    private void update(ServerRequest req, ServerResponse res) {
        TaskId id = new TaskId(PathIds.id(req));
        String queryStatus = QueryParams.of(req)
                .single("status")
                .filter(status -> !status.isEmpty())
                .orElse(null);
        TaskRequests.TaskChange change = TaskRequests.change(queryStatus, JsonBody.optional(req));
        Recorded<Task> updated = tasks.update(id, change.name(), change.status());
        JsonResponses.send(res, Status.OK_200, json(updated));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        Recorded<Task> deleted = tasks.delete(new TaskId(PathIds.id(req)));
        JsonResponses.send(res, Status.OK_200, json(deleted));
    }

    /**
     * A changed task's JSON, rendered once: the notification about the change carries the task in
     * the same {@link ResourceJson} form (as it was, for a delete), so the answer reuses it.
     */
    private static String json(Recorded<Task> change) {
        return change.notification() == null
                ? ResourceJson.task(change.value()).json()
                : change.notification().content().data().json();
    }
}
