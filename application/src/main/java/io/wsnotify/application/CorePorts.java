package io.wsnotify.application;

import io.wsnotify.domain.port.DeviceRepository;
import io.wsnotify.domain.port.IdGenerator;
import io.wsnotify.domain.port.NotificationLog;
import io.wsnotify.domain.port.TaskRepository;
import io.wsnotify.domain.port.Transactions;

import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Objects;

/** The driven ports an embedder hands to {@link NotifyCore}: stores, clock, ids and time zone. */
public record CorePorts(TaskRepository tasks, DeviceRepository devices, NotificationLog log,
                        Transactions transactions, InstantSource clock, IdGenerator ids, ZoneId zone) {
    public CorePorts {
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(devices, "devices");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(zone, "zone");
    }
}
