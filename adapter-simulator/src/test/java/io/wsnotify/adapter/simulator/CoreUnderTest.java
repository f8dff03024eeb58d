package io.wsnotify.adapter.simulator;

import io.wsnotify.application.CorePorts;
import io.wsnotify.application.CoreSettings;
import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.live.SubscriptionRequest;
import io.wsnotify.application.live.ValueFrames;
import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.application.testing.CollectingSink;
import io.wsnotify.application.testing.TestResourceData;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.PageLimit;
import io.wsnotify.domain.Visibility;
import io.wsnotify.domain.port.DeviceRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** A seeded in-memory core with a live subscriber that records every frame it is sent. */
final class CoreUnderTest implements AutoCloseable {
    private final NotifyCore<Object> core;
    private final CollectingSink frames;

    CoreUnderTest() {
        this(UnaryOperator.identity());
    }

    /** @param devices wraps the in-memory device repository (to inject failures) */
    CoreUnderTest(UnaryOperator<DeviceRepository> devices) {
        InMemoryStore store = new InMemoryStore();
        core = NotifyCore.create(
                new CorePorts(
                        store.taskRepository(),
                        devices.apply(store.deviceRepository()),
                        store.notificationLog(),
                        store,
                        Clock.systemUTC(),
                        () -> UUID.randomUUID().toString(),
                        ZoneId.systemDefault(),
                        TestResourceData.INSTANCE),
                CoreSettings.defaults(),
                new ValueFrames());
        core.seedData().seedIfEmpty();
        frames = CollectingSink.subscribe(
                core, new SubscriptionRequest(new ClientId("observer"), Set.of(), OptionalLong.empty()));
    }

    NotifyCore<Object> core() {
        return core;
    }

    /** Waits until {@code count} live frames arrived; false if they did not within the timeout. */
    boolean awaitFrames(int count, Duration timeout) throws InterruptedException {
        try {
            frames.awaitCount(count, timeout);
            return true;
        } catch (AssertionError notInTime) {
            return false;
        }
    }

    /** Whether any live frame beyond those received so far arrives within {@code window}. */
    boolean anyFrameWithin(Duration window) throws InterruptedException {
        return awaitFrames(frames.seqs().size() + 1, window);
    }

    /** Every logged notification, oldest first. */
    List<Notification> log() {
        return core.notifications()
                .read(new LogQuery(0, Set.of(), Visibility.untargetedOnly(), PageLimit.MAX))
                .value();
    }

    @Override
    public void close() {
        core.close();
    }
}
