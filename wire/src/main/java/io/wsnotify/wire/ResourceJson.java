package io.wsnotify.wire;

import io.wsnotify.domain.Device;
import io.wsnotify.domain.JsonText;
import io.wsnotify.domain.Task;

import java.util.List;

/** The wire form of tasks and devices, shared by REST responses and notification data. */
public final class ResourceJson {
    private ResourceJson() {
    }

    /** {"id", "name", "status", "created_at", "updated_at"}. */
    public static JsonText task(Task task) {
        StringBuilder out = new StringBuilder(128);
        writeTask(out, task);
        return new JsonText(out.toString());
    }

    /** {"id", "name", "online", "updated_at"}. */
    public static JsonText device(Device device) {
        StringBuilder out = new StringBuilder(96);
        writeDevice(out, device);
        return new JsonText(out.toString());
    }

    public static String tasks(List<Task> tasks) {
        StringBuilder out = new StringBuilder(64 + tasks.size() * 128).append('[');
        for (int i = 0; i < tasks.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeTask(out, tasks.get(i));
        }
        return out.append(']').toString();
    }

    public static String devices(List<Device> devices) {
        StringBuilder out = new StringBuilder(64 + devices.size() * 96).append('[');
        for (int i = 0; i < devices.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeDevice(out, devices.get(i));
        }
        return out.append(']').toString();
    }

    private static void writeTask(StringBuilder out, Task task) {
        new JsonWriter(out).beginObject()
                .field("id", task.id().value())
                .field("name", task.name().value())
                .field("status", task.status().wireName())
                .field("created_at", Timestamps.iso(task.createdAt()))
                .field("updated_at", Timestamps.iso(task.updatedAt()))
                .endObject();
    }

    private static void writeDevice(StringBuilder out, Device device) {
        new JsonWriter(out).beginObject()
                .field("id", device.id().value())
                .field("name", device.name())
                .field("online", device.online())
                .field("updated_at", Timestamps.iso(device.updatedAt()))
                .endObject();
    }
}
