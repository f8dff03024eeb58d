package io.wsnotify.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wsnotify.application.testing.MiniJson;
import io.wsnotify.domain.Device;
import io.wsnotify.domain.DeviceId;
import io.wsnotify.domain.Task;
import io.wsnotify.domain.TaskId;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceJsonTest {
    private static final Instant CREATED = Instant.parse("2026-11-27T10:42:07.123Z");
    private static final Instant UPDATED = Instant.parse("2026-11-27T10:43:00Z");
    private static final Task TASK =
            new Task(new TaskId(11), new TaskName("Write \"report\""), TaskStatus.IN_PROGRESS, CREATED, UPDATED);
    private static final Device DEVICE = new Device(new DeviceId(3), "Device U3", true, UPDATED);

    @Test
    void taskHasTheSeedFieldsInOrder() {
        Map<String, Object> task = MiniJson.object(ResourceJson.task(TASK).json());
        assertEquals(List.of("id", "name", "status", "created_at", "updated_at"), List.copyOf(task.keySet()));
        assertEquals(new BigDecimal(11), task.get("id"));
        assertEquals("Write \"report\"", task.get("name"));
        assertEquals("in_progress", task.get("status"));
        assertEquals("2026-11-27T10:42:07.123Z", task.get("created_at"));
        assertEquals("2026-11-27T10:43:00.000Z", task.get("updated_at"));
    }

    @Test
    void deviceHasTheSeedFieldsInOrder() {
        Map<String, Object> device = MiniJson.object(ResourceJson.device(DEVICE).json());
        assertEquals(List.of("id", "name", "online", "updated_at"), List.copyOf(device.keySet()));
        assertEquals(new BigDecimal(3), device.get("id"));
        assertEquals("Device U3", device.get("name"));
        assertEquals(Boolean.TRUE, device.get("online"));
        assertEquals("2026-11-27T10:43:00.000Z", device.get("updated_at"));
    }

    @Test
    void listsAreArraysOfTheSameShapes() {
        List<?> tasks = (List<?>) MiniJson.parse(ResourceJson.tasks(List.of(TASK, TASK)));
        assertEquals(2, tasks.size());
        assertEquals(MiniJson.object(ResourceJson.task(TASK).json()), tasks.get(0));
        List<?> devices = (List<?>) MiniJson.parse(ResourceJson.devices(List.of(DEVICE)));
        assertEquals(List.of(MiniJson.object(ResourceJson.device(DEVICE).json())), devices);
        assertEquals("[]", ResourceJson.tasks(List.of()));
        assertEquals("[]", ResourceJson.devices(List.of()));
    }
}
