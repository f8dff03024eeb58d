package io.wsnotify.wire;

import io.wsnotify.domain.Device;
import io.wsnotify.domain.JsonText;
import io.wsnotify.domain.Task;
import io.wsnotify.domain.port.ResourceData;

/**
 * The core's {@link ResourceData} in the wire format: a notification about a task or device carries
 * the same JSON as the REST resource ({@link ResourceJson}).
 */
public final class ResourceDataJson implements ResourceData {
    @Override
    public JsonText task(Task task) {
        return ResourceJson.task(task);
    }

    @Override
    public JsonText device(Device device) {
        return ResourceJson.device(device);
    }
}
