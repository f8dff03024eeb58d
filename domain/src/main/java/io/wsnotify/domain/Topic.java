package io.wsnotify.domain;

import java.util.regex.Pattern;

/** A notification topic: 1 to 64 characters of {@code [a-z0-9._-]}. */
public record Topic(String value) {
    private static final Pattern VALID = Pattern.compile("[a-z0-9._-]{1,64}");

    public static final Topic TASKS = new Topic("tasks");
    public static final Topic DEVICES = new Topic("devices");
    public static final Topic CUSTOM = new Topic("custom");
    public static final Topic SYSTEM = new Topic("system");

    public Topic {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidValueException("topic", "must be 1-64 characters of a-z, 0-9, '.', '_' or '-'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
