package io.wsnotify.adapter.http;

import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import io.wsnotify.wire.JsonObject;
import java.util.Optional;

/**
 * The request bodies of {@code /tasks}, checked field by field into domain values (422 listing
 * every bad field). Unknown fields are ignored.
 */
final class TaskRequests {
    private TaskRequests() {}

    /** POST /tasks: {@code {"name", "status"?}}; status defaults to pending in the core. */
    record NewTask(TaskName name, TaskStatus status) {}

    /** PUT /tasks/{id}: what to change; null keeps the current value. */
    record TaskChange(TaskName name, TaskStatus status) {}

    static NewTask newTask(JsonObject body) {
        FieldErrors errors = new FieldErrors();
        JsonFields fields = new JsonFields(body, errors);
        String name = fields.requiredString("name");
        String status = fields.string("status");
        TaskName taskName = name == null ? null : errors.parse("name", () -> new TaskName(name));
        TaskStatus taskStatus = status == null ? null : errors.parse("status", () -> TaskStatus.fromWire(status));
        errors.throwIfAny();
        return new NewTask(taskName, taskStatus);
    }

    /**
     * PUT /tasks/{id}: the status comes from {@code ?status=} (the seed's style) or from the body,
     * not both (422 when both are given); the body may also carry {@code name}. At least one
     * change is required.
     */
    static TaskChange change(String queryStatus, Optional<JsonObject> body) {
        FieldErrors errors = new FieldErrors();
        JsonFields fields = new JsonFields(body.orElseGet(JsonObject::empty), errors);
        String bodyStatus = fields.string("status");
        String name = fields.string("name");
        if (queryStatus != null && bodyStatus != null) {
            errors.add("status", "give it either as ?status= or in the body, not both");
        }
        String status = bodyStatus != null ? bodyStatus : queryStatus;
        if (status == null && name == null && errors.isEmpty()) {
            errors.add("status", "is required unless a name is given");
        }
        TaskStatus taskStatus = status == null ? null : errors.parse("status", () -> TaskStatus.fromWire(status));
        TaskName taskName = name == null ? null : errors.parse("name", () -> new TaskName(name));
        errors.throwIfAny();
        return new TaskChange(taskName, taskStatus);
    }
}
