package io.wsnotify.application;

import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import io.wsnotify.domain.port.DeviceRepository;
import io.wsnotify.domain.port.TaskRepository;
import java.time.Instant;
import java.time.InstantSource;

/** Use case: puts the seed's demo data (Device U1…U10, Task U1…U10) into an empty store. */
public final class SeedData {
    static final int COUNT = 10;

    private final TaskRepository tasks;
    private final DeviceRepository devices;
    private final ChangeRecorder recorder;
    private final InstantSource clock;

    SeedData(TaskRepository tasks, DeviceRepository devices, ChangeRecorder recorder, InstantSource clock) {
        this.tasks = tasks;
        this.devices = devices;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** Seeds only when there are no tasks and no devices; returns whether it did. No notifications. */
    public boolean seedIfEmpty() {
        return recorder.write(() -> {
            if (tasks.count() > 0 || devices.count() > 0) {
                return false;
            }
            Instant now = clock.instant();
            for (int i = 1; i <= COUNT; i++) {
                devices.add("Device U" + i, i % 2 == 1, now);
            }
            for (int i = 1; i <= COUNT; i++) {
                tasks.add(new TaskName("Task U" + i), TaskStatus.PENDING, now);
            }
            return true;
        });
    }
}
