package io.wsnotify.application;

import io.wsnotify.domain.port.DeviceRepository;
import io.wsnotify.domain.port.IdGenerator;
import io.wsnotify.domain.port.Leadership;
import io.wsnotify.domain.port.NotificationLog;
import io.wsnotify.domain.port.Notifier;
import io.wsnotify.domain.port.ResourceData;
import io.wsnotify.domain.port.TaskRepository;
import io.wsnotify.domain.port.Transactions;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The driven ports an embedder hands to {@link NotifyCore}: stores, clock, ids, time zone, the
 * form of a resource in a notification's data, the wake-up of the log's followers and whether this
 * node runs the one-at-a-time jobs.
 */
public record CorePorts(
        TaskRepository tasks,
        DeviceRepository devices,
        NotificationLog log,
        Transactions transactions,
        InstantSource clock,
        IdGenerator ids,
        ZoneId zone,
        ResourceData resourceData,
        Notifier notifier,
        Leadership leadership) {
    public CorePorts {
        Objects.requireNonNull(resourceData, "resourceData");
        Objects.requireNonNull(notifier, "notifier");
        Objects.requireNonNull(leadership, "leadership");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(devices, "devices");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(zone, "zone");
    }

    /** The ports of a node that is alone on its store: an in-process wake-up, always the leader. */
    public CorePorts(
            TaskRepository tasks,
            DeviceRepository devices,
            NotificationLog log,
            Transactions transactions,
            InstantSource clock,
            IdGenerator ids,
            ZoneId zone,
            ResourceData resourceData) {
        this(
                tasks,
                devices,
                log,
                transactions,
                clock,
                ids,
                zone,
                resourceData,
                new LocalNotifier(),
                Leadership.alone());
    }
}
