package io.wsnotify.application.testing;

import io.wsnotify.domain.Device;
import io.wsnotify.domain.JsonText;
import io.wsnotify.domain.Task;
import io.wsnotify.domain.port.ResourceData;

/**
 * {@link ResourceData} for core tests, which cannot see the wire module: plain JSON objects with the
 * resource's fields, enough for a test to read a notification's data back.
 */
public enum TestResourceData implements ResourceData {
    INSTANCE;

    @Override
    public JsonText task(Task task) {
        return new JsonText("{\"id\":" + task.id().value() + ",\"name\":"
                + quoted(task.name().value())
                + ",\"status\":\"" + task.status().wireName() + "\",\"created_at\":\"" + task.createdAt()
                + "\",\"updated_at\":\"" + task.updatedAt() + "\"}");
    }

    @Override
    public JsonText device(Device device) {
        return new JsonText("{\"id\":" + device.id().value() + ",\"name\":" + quoted(device.name()) + ",\"online\":"
                + device.online() + ",\"updated_at\":\"" + device.updatedAt() + "\"}");
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
