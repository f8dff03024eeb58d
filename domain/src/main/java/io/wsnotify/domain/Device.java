package io.wsnotify.domain;

import java.time.Instant;
import java.util.Objects;

/** A device and whether it is online, as last reported. */
public record Device(DeviceId id, String name, boolean online, Instant updatedAt) {
    public Device {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "must not be blank");
        }
    }

    /** True when reporting {@code nowOnline} changes this device's state. */
    public boolean changesWith(boolean nowOnline) {
        return online != nowOnline;
    }

    /** This device after reporting {@code nowOnline} at {@code now}. */
    public Device report(boolean nowOnline, Instant now) {
        return new Device(id, name, nowOnline, now);
    }
}
