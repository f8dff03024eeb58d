package io.wsnotify.wire;

import io.wsnotify.domain.Device;
import io.wsnotify.domain.JsonText;
import io.wsnotify.domain.Task;
import java.util.List;

/** The wire form of tasks and devices, shared by REST responses and notification data. */
public final class ResourceJson {
    private ResourceJson() {}

    /** {"id", "name", "status", "created_at", "updated_at"}. */
    public static JsonText task(Task task) {
        StringBuilder out = new StringBuilder(128);
        writeTask(new JsonWriter(out), task);
        return new JsonText(out.toString());
    }

    /** {"id", "name", "online", "updated_at"}. */
    public static JsonText device(Device device) {
        StringBuilder out = new StringBuilder(96);
        writeDevice(new JsonWriter(out), device);
        return new JsonText(out.toString());
    }

    public static String tasks(List<Task> tasks) {
        StringBuilder out = new StringBuilder(64 + tasks.size() * 128);
        JsonWriter json = new JsonWriter(out).beginArray();
        tasks.forEach(task -> writeTask(json, task));
        json.endArray();
        return out.toString();
    }

    public static String devices(List<Device> devices) {
        StringBuilder out = new StringBuilder(64 + devices.size() * 96);
        JsonWriter json = new JsonWriter(out).beginArray();
        devices.forEach(device -> writeDevice(json, device));
        json.endArray();
        return out.toString();
    }

    private static void writeTask(JsonWriter json, Task task) {
        json.beginObject()
                .field("id", task.id().value())
                .field("name", task.name().value())
                .field("status", task.status().wireName())
                .field("created_at", Timestamps.iso(task.createdAt()))
                .field("updated_at", Timestamps.iso(task.updatedAt()))
                .endObject();
    }

    private static void writeDevice(JsonWriter json, Device device) {
        json.beginObject()
                .field("id", device.id().value())
                .field("name", device.name())
                .field("online", device.online())
                .field("updated_at", Timestamps.iso(device.updatedAt()))
                .endObject();
    }
}
