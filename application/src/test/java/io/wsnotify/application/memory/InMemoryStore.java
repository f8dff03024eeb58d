package io.wsnotify.application.memory;

import io.wsnotify.domain.Device;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.Task;
import io.wsnotify.domain.port.Transactions;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * In-memory stores for embedding and tests: tasks, devices and the log behind one lock. A
 * transaction works on the live maps and restores a copy taken at its start if it throws.
 */
public final class InMemoryStore implements Transactions {
    final ReentrantLock lock = new ReentrantLock();
    TreeMap<Long, Task> tasks = new TreeMap<>();
    TreeMap<Long, Device> devices = new TreeMap<>();
    TreeMap<Long, Notification> log = new TreeMap<>();
    long lastTaskId;
    long lastDeviceId;
    long lastSeq;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            State before = new State(
                    new TreeMap<>(tasks),
                    new TreeMap<>(devices),
                    new TreeMap<>(log),
                    lastTaskId,
                    lastDeviceId,
                    lastSeq);
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                restore(before);
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    public InMemoryTaskRepository taskRepository() {
        return new InMemoryTaskRepository(this);
    }

    public InMemoryDeviceRepository deviceRepository() {
        return new InMemoryDeviceRepository(this);
    }

    public InMemoryNotificationLog notificationLog() {
        return new InMemoryNotificationLog(this);
    }

    /** Runs a store operation under the lock, so calls outside a transaction are safe too. */
    <T> T locked(Supplier<T> operation) {
        lock.lock();
        try {
            return operation.get();
        } finally {
            lock.unlock();
        }
    }

    private void restore(State state) {
        tasks = state.tasks();
        devices = state.devices();
        log = state.log();
        lastTaskId = state.lastTaskId();
        lastDeviceId = state.lastDeviceId();
        lastSeq = state.lastSeq();
    }

    private record State(
            TreeMap<Long, Task> tasks,
            TreeMap<Long, Device> devices,
            TreeMap<Long, Notification> log,
            long lastTaskId,
            long lastDeviceId,
            long lastSeq) {}
}
