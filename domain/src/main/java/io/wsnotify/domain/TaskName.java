package io.wsnotify.domain;

/** A task's name: trimmed, 1 to 200 characters, no control characters. */
public record TaskName(String value) {
    public static final int MAX_LENGTH = 200;

    public TaskName {
        if (value == null) {
            throw new InvalidValueException("name", "is required");
        }
        value = value.strip();
        if (value.isEmpty()) {
            throw new InvalidValueException("name", "must not be blank");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidValueException("name", "must be at most " + MAX_LENGTH + " characters");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("name", "must not contain control characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
