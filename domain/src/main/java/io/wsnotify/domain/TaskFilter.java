package io.wsnotify.domain;

/** Which tasks to list: an optional status, a page size of 1 to 1000 and an offset from 0. */
public record TaskFilter(TaskStatus status, int limit, long offset) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public TaskFilter {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new InvalidValueException("offset", "must be 0 or more");
        }
    }
}
