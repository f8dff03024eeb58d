package io.wsnotify.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.wsnotify.application.live.DeliverySink;
import io.wsnotify.application.live.EndReason;
import io.wsnotify.application.live.Frame;
import io.wsnotify.application.live.Subscription;
import io.wsnotify.application.live.SubscriptionRequest;
import io.wsnotify.application.live.ValueFrames;
import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.application.testing.TestResourceData;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.TaskName;
import java.time.Clock;
import java.time.ZoneId;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's embedding example, as written there, with its output kept instead of printed. */
class EmbeddingExampleTest {
    private static final BlockingQueue<Object> PRINTED = new LinkedBlockingQueue<>();

    @Test
    void theReadmeExampleDeliversTheTaskCreatedNotification() throws Exception {
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
        NotifyCore<Object> core = NotifyCore.create(ports, CoreSettings.defaults(), new ValueFrames());
        ExecutorService writer = Executors.newSingleThreadExecutor();
        CompletableFuture<Subscription<Object>> subscription = new CompletableFuture<>();
        DeliverySink sink = new DeliverySink() {
            public void ready() {
                subscription.thenAcceptAsync(EmbeddingExampleTest::drain, writer);
            }

            public void end(EndReason reason) {
                PRINTED.add(reason);
            }
        };
        subscription.complete(
                core.live().subscribe(new SubscriptionRequest(new ClientId("me"), Set.of(), OptionalLong.of(0)), sink));
        core.tasks().create(new TaskName("Write report"), null);

        Object printed = PRINTED.poll(5, TimeUnit.SECONDS);
        Notification notification = assertInstanceOf(Notification.class, printed);
        assertEquals("task.created", notification.content().event());
        assertEquals(1, notification.seq());
        core.close();
        assertInstanceOf(EndReason.class, PRINTED.poll(5, TimeUnit.SECONDS));
        writer.shutdown();
    }

    static void drain(Subscription<Object> subscription) {
        @SuppressWarnings("unchecked")
        Frame<Object>[] batch = new Frame[64];
        for (int taken; (taken = subscription.poll(batch, Long.MAX_VALUE)) > 0; ) {
            for (int i = 0; i < taken; i++) {
                PRINTED.add(batch[i].payload());
                subscription.delivered(batch[i]);
            }
        }
    }
}
