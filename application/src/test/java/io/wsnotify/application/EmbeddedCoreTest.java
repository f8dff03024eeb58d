package io.wsnotify.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wsnotify.application.live.SubscriptionRequest;
import io.wsnotify.application.live.ValueFrames;
import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.application.testing.CollectingSink;
import io.wsnotify.application.testing.MiniJson;
import io.wsnotify.application.testing.TestResourceData;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.NotificationDraft;
import io.wsnotify.domain.PageLimit;
import io.wsnotify.domain.Task;
import io.wsnotify.domain.TaskFilter;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §2: domain + application are an embeddable library. The core runs through its public
 * factory over in-memory ports, with no Helidon anywhere on the class path.
 */
class EmbeddedCoreTest {

    @Test
    void helidonIsNotOnTheClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("io.helidon.webserver.WebServer"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("io.helidon.common.config.Config"));
    }

    @Test
    void runsTasksAndLiveDeliveryThroughItsFactory() throws Exception {
        InMemoryStore store = new InMemoryStore();
        CorePorts ports = new CorePorts(
                store.taskRepository(),
                store.deviceRepository(),
                store.notificationLog(),
                store,
                Clock.systemUTC(),
                () -> UUID.randomUUID().toString(),
                ZoneId.systemDefault(),
                TestResourceData.INSTANCE);
        try (NotifyCore<Object> core = NotifyCore.create(ports, CoreSettings.defaults(), new ValueFrames())) {
            CollectingSink sink = CollectingSink.subscribe(
                    core, new SubscriptionRequest(new ClientId("embedder"), Set.of(), OptionalLong.of(0)));

            Task task = core.tasks().create(new TaskName("Write report"), null).value();
            core.tasks().update(task.id(), null, TaskStatus.COMPLETED);
            core.tasks().delete(task.id());

            sink.awaitSeq(3, Duration.ofSeconds(5));
            List<NotificationDraft> frames = sink.payloads().stream()
                    .map(frame -> ((Notification) frame).content())
                    .toList();
            assertEquals(
                    List.of("task.created", "task.updated", "task.deleted"),
                    frames.stream().map(NotificationDraft::event).toList());
            assertEquals(
                    List.of(
                            "New task Write report created",
                            "Task " + task.id().value() + " status updated to completed",
                            "Task Write report deleted"),
                    frames.stream().map(NotificationDraft::message).toList());
            assertEquals(
                    "completed",
                    ((Map<?, ?>) MiniJson.parse(frames.get(1).data().json())).get("status"));
            assertEquals(36, frames.getFirst().id().length());
            assertEquals(
                    3,
                    core.tasks()
                            .list(new TaskFilter(null, PageLimit.DEFAULT, 0))
                            .seq());
        }
    }
}
