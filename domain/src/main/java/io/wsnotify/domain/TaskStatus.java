package io.wsnotify.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The closed set of states a task can be in, with their wire names. */
public enum TaskStatus {
    PENDING("pending"),
    IN_PROGRESS("in_progress"),
    COMPLETED("completed");

    private final String wireName;

    TaskStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The name clients send and receive ("in_progress"). */
    public String wireName() {
        return wireName;
    }

    /** Parses a wire name; anything else is refused with the list of accepted values. */
    public static TaskStatus fromWire(String text) {
        for (TaskStatus status : values()) {
            if (status.wireName.equals(text)) {
                return status;
            }
        }
        throw new InvalidValueException("status", "must be one of " + acceptedValues());
    }

    public static String acceptedValues() {
        return Arrays.stream(values()).map(TaskStatus::wireName).collect(Collectors.joining(", "));
    }
}
