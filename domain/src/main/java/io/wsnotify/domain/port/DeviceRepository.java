package io.wsnotify.domain.port;

import io.wsnotify.domain.Device;
import io.wsnotify.domain.DeviceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Driven port: stores devices. Called inside a {@link Transactions} unit of work. */
public interface DeviceRepository {
    /** Stores a new device and returns it with the id the store assigned. */
    Device add(String name, boolean online, Instant at);

    Optional<Device> find(DeviceId id);

    /** All devices, lowest id first. */
    List<Device> list();

    /** Replaces the stored device with the same id. */
    void save(Device device);

    long count();
}
