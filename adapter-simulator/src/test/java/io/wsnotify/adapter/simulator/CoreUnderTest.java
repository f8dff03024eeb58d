package io.wsnotify.adapter.simulator;

import io.wsnotify.application.CorePorts;
import io.wsnotify.application.CoreSettings;
import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.live.DeliverySink;
import io.wsnotify.application.live.EndReason;
import io.wsnotify.application.live.SubscriptionRequest;
import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.port.DeviceRepository;
import io.wsnotify.domain.Visibility;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/** A seeded in-memory core with a live subscriber that records every frame it is sent. */
final class CoreUnderTest implements AutoCloseable {
    private final NotifyCore core;
    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();

    CoreUnderTest() {
        this(UnaryOperator.identity());
    }

    /** @param devices wraps the in-memory device repository (to inject failures) */
    CoreUnderTest(UnaryOperator<DeviceRepository> devices) {
        InMemoryStore store = new InMemoryStore();
        core = NotifyCore.create(new CorePorts(store.taskRepository(), devices.apply(store.deviceRepository()),
                store.notificationLog(), store, Clock.systemUTC(), () -> UUID.randomUUID().toString(),
                ZoneId.systemDefault()), CoreSettings.defaults());
        core.seedData().seedIfEmpty();
        core.live().subscribe(new SubscriptionRequest(new ClientId("observer"), Set.of(), OptionalLong.empty()),
                new DeliverySink() {
                    @Override
                    public void send(String frame) {
                        frames.add(frame);
                    }

                    @Override
                    public void end(EndReason reason) {
                    }
                });
    }

    NotifyCore core() {
        return core;
    }

    /** Waits until {@code count} live frames arrived; false if they did not within the timeout. */
    boolean awaitFrames(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int received = 0; received < count; received++) {
            long left = deadline - System.nanoTime();
            if (frames.poll(Math.max(left, 0), TimeUnit.NANOSECONDS) == null) {
                return false;
            }
        }
        return true;
    }

    /** Whether any live frame arrives within {@code window}. */
    boolean anyFrameWithin(Duration window) throws InterruptedException {
        return frames.poll(window.toNanos(), TimeUnit.NANOSECONDS) != null;
    }

    /** Every logged notification, oldest first. */
    List<Notification> log() {
        return core.notifications().read(new LogQuery(0, Set.of(), Visibility.untargetedOnly(), LogQuery.MAX_LIMIT)).value();
    }

    @Override
    public void close() {
        core.close();
    }
}
