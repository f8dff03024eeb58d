package io.wsnotify.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The seed's notification types; clients colour notifications by them. */
public enum NotificationType {
    INFO,
    SUCCESS,
    ALERT,
    WARNING,
    ERROR;

    /** Parses a type name as clients send it (upper case); anything else is refused. */
    public static NotificationType fromWire(String text) {
        for (NotificationType type : values()) {
            if (type.name().equals(text)) {
                return type;
            }
        }
        throw new InvalidValueException("type", "must be one of " + acceptedValues());
    }

    public static String acceptedValues() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
