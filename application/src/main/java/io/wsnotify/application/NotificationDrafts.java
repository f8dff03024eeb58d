package io.wsnotify.application;

import io.wsnotify.domain.Device;
import io.wsnotify.domain.NotificationDraft;
import io.wsnotify.domain.NotificationType;
import io.wsnotify.domain.Task;
import io.wsnotify.domain.Topic;
import io.wsnotify.domain.port.IdGenerator;
import io.wsnotify.domain.port.ResourceData;
import java.time.Instant;
import java.time.InstantSource;

/** Turns domain changes into notifications with the seed's exact texts (DESIGN §4 table). */
final class NotificationDrafts {
    private final InstantSource clock;
    private final IdGenerator ids;
    private final ResourceData resources;

    NotificationDrafts(InstantSource clock, IdGenerator ids, ResourceData resources) {
        this.clock = clock;
        this.ids = ids;
        this.resources = resources;
    }

    NotificationDraft taskCreated(Task task) {
        return task(
                "New task " + task.name() + " created",
                NotificationType.SUCCESS,
                "task.created",
                task,
                task.createdAt());
    }

    NotificationDraft taskUpdated(Task task) {
        return task(
                "Task " + task.id().value() + " status updated to "
                        + task.status().wireName(),
                NotificationType.SUCCESS,
                "task.updated",
                task,
                task.updatedAt());
    }

    NotificationDraft taskDeleted(Task task) {
        return task("Task " + task.name() + " deleted", NotificationType.ALERT, "task.deleted", task, clock.instant());
    }

    NotificationDraft deviceChanged(Device device) {
        String state = device.online() ? "online" : "offline";
        return NotificationDraft.forEveryone(
                ids.nextId(),
                "Device " + device.name() + " is now " + state,
                "/devices/" + device.id().value(),
                device.online() ? NotificationType.INFO : NotificationType.ALERT,
                Topic.DEVICES,
                "device." + state,
                device.updatedAt(),
                resources.device(device));
    }

    NotificationDraft custom(CustomNotification custom) {
        return new NotificationDraft(
                ids.nextId(),
                custom.message(),
                custom.url(),
                custom.type() == null ? NotificationType.INFO : custom.type(),
                custom.topic() == null ? Topic.CUSTOM : custom.topic(),
                "custom",
                clock.instant(),
                custom.data(),
                custom.to(),
                custom.extra());
    }

    /** {@code at}: the change's own time, so the envelope's timestamp matches the resource's. */
    private NotificationDraft task(String message, NotificationType type, String event, Task task, Instant at) {
        return NotificationDraft.forEveryone(
                ids.nextId(),
                message,
                "/tasks/" + task.id().value(),
                type,
                Topic.TASKS,
                event,
                at,
                resources.task(task));
    }
}
