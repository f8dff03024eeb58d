package io.wsnotify.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.domain.Device;
import io.wsnotify.domain.PageLimit;
import io.wsnotify.domain.Task;
import io.wsnotify.domain.TaskFilter;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SeedDataTest {
    private final UseCaseFixture core = new UseCaseFixture();

    @Test
    void seedsTenDevicesAndTenPendingTasksIntoAnEmptyStore() {
        assertTrue(core.seed.seedIfEmpty());
        List<Device> devices = core.devices.list().value();
        assertEquals(
                IntStream.rangeClosed(1, 10).mapToObj(i -> "Device U" + i).toList(),
                devices.stream().map(Device::name).toList());
        List<Task> tasks =
                core.tasks.list(new TaskFilter(null, PageLimit.DEFAULT, 0)).value();
        assertEquals(
                IntStream.rangeClosed(1, 10).mapToObj(i -> "Task U" + i).toList(),
                tasks.stream().map(t -> t.name().value()).toList());
        assertTrue(tasks.stream().allMatch(t -> t.status() == TaskStatus.PENDING));
    }

    @Test
    void seedingLogsNothing() {
        core.seed.seedIfEmpty();
        assertEquals(List.of(), core.logged());
        assertEquals(List.of(), core.notifier.published());
    }

    @Test
    void seedsOnlyOnce() {
        assertTrue(core.seed.seedIfEmpty());
        assertFalse(core.seed.seedIfEmpty());
        assertEquals(10, core.store.taskRepository().count());
        assertEquals(10, core.store.deviceRepository().count());
    }

    @Test
    void doesNotSeedAStoreThatHasTasks() {
        core.tasks.create(new TaskName("mine"), null);
        assertFalse(core.seed.seedIfEmpty());
        assertEquals(1, core.store.taskRepository().count());
        assertEquals(0, core.store.deviceRepository().count());
    }

    @Test
    void doesNotSeedAStoreThatHasDevices() {
        core.store.deviceRepository().add("Gateway", true, UseCaseFixture.START);
        assertFalse(core.seed.seedIfEmpty());
        assertEquals(0, core.store.taskRepository().count());
    }
}
