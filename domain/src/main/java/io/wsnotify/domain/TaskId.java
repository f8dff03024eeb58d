package io.wsnotify.domain;

/** Identity of a task: a positive number assigned by the repository. */
public record TaskId(long value) {
    public TaskId {
        if (value < 1) {
            throw new InvalidValueException("id", "must be a positive integer");
        }
    }
}
