package io.wsnotify.domain;

/** Identity of a device: a positive number. */
public record DeviceId(long value) {
    public DeviceId {
        if (value < 1) {
            throw new InvalidValueException("id", "must be a positive integer");
        }
    }
}
