package io.wsnotify.domain;

import java.time.Instant;
import java.util.Objects;

/** A task as stored: identity, name, status and its two timestamps. */
public record Task(TaskId id, TaskName name, TaskStatus status, Instant createdAt, Instant updatedAt) {
    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (updatedAt.isBefore(createdAt)) {
            throw new InvalidValueException("updated_at", "must not be before created_at");
        }
    }

    /** This task after a change of name and/or status at {@code now}; null keeps the current value. */
    public Task change(TaskName newName, TaskStatus newStatus, Instant now) {
        return new Task(
                id,
                newName == null ? name : newName,
                newStatus == null ? status : newStatus,
                createdAt,
                now.isBefore(createdAt) ? createdAt : now);
    }
}
