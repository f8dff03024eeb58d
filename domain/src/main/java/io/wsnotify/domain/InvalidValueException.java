package io.wsnotify.domain;

/** A value refused by a domain rule; names the field it belongs to so adapters can report it. */
public final class InvalidValueException extends IllegalArgumentException {
    private final String field;

    public InvalidValueException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The name of the offending field, as clients know it ("name", "status", "topic"…). */
    public String field() {
        return field;
    }

    /** The rule that was broken, without the field prefix. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
