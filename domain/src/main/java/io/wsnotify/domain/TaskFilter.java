package io.wsnotify.domain;

/** Which tasks to list: an optional status, a page size of 1 to 1000 and an offset from 0. */
public record TaskFilter(TaskStatus status, int limit, long offset) {
    public TaskFilter {
        PageLimit.checked(limit);
        if (offset < 0) {
            throw new InvalidValueException("offset", "must be 0 or more");
        }
    }
}
