package io.wsnotify.application.contract;

import io.wsnotify.domain.port.DeviceRepository;
import io.wsnotify.domain.port.NotificationLog;
import io.wsnotify.domain.port.TaskRepository;
import io.wsnotify.domain.port.Transactions;
import java.util.Objects;

/**
 * A fresh, empty set of stores for one contract test: the four driven ports over one storage, and
 * what releases that storage when the test ends.
 */
public record StoreFixture(
        Transactions transactions,
        TaskRepository tasks,
        DeviceRepository devices,
        NotificationLog log,
        AutoCloseable closer) {
    public StoreFixture {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(devices, "devices");
        Objects.requireNonNull(log, "log");
        closer = closer == null ? () -> {} : closer;
    }
}
