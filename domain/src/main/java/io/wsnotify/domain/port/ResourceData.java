package io.wsnotify.domain.port;

import io.wsnotify.domain.Device;
import io.wsnotify.domain.JsonText;
import io.wsnotify.domain.Task;

/**
 * Driven port: a task or device as the {@code data} of the notification about its change, in the
 * form clients read (the wire module's resource JSON). The core logs it and never looks inside.
 */
public interface ResourceData {
    JsonText task(Task task);

    JsonText device(Device device);
}
