package io.wsnotify.application;

import io.wsnotify.domain.Device;
import io.wsnotify.domain.DeviceId;
import java.util.List;

/** Driving port: list and read devices; record what a device reports (notifying only on a change). */
public interface DeviceUseCases {
    Snapshot<List<Device>> list();

    Snapshot<Device> get(DeviceId id);

    /** A device reports its state; an unchanged report is stored nowhere and notifies nobody. */
    Recorded<Device> report(DeviceId id, boolean online);

    /** Flips the device's state, as the simulator does. */
    Recorded<Device> toggle(DeviceId id);
}
