package io.wsnotify.application;

import io.wsnotify.application.json.EnvelopeJson;
import io.wsnotify.application.live.LiveFeed;
import io.wsnotify.application.live.SystemFrames;

import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The embeddable core: give it the driven ports, get the use cases. Needs nothing but the JDK.
 *
 * <pre>{@code
 * NotifyCore core = NotifyCore.create(ports, CoreSettings.defaults());
 * core.tasks().create(new TaskName("Write report"), null);
 * }</pre>
 */
public final class NotifyCore implements AutoCloseable {
    private final TaskUseCases tasks;
    private final DeviceUseCases devices;
    private final NotificationUseCases notifications;
    private final SeedData seedData;
    private final LiveFeed live;
    private final EnvelopeJson envelopes;
    private final ExecutorService delivery;

    private NotifyCore(CorePorts ports, CoreSettings settings) {
        InstantSource clock = () -> ports.clock().instant().truncatedTo(ChronoUnit.MILLIS);
        this.envelopes = new EnvelopeJson(ports.zone());
        this.delivery = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("notify-delivery-", 0).factory());
        this.live = new LiveFeed(ports.log(), ports.transactions(), envelopes,
                new SystemFrames(clock, ports.ids(), ports.zone()), settings.queueLimits(), delivery);
        ChangeRecorder recorder = new ChangeRecorder(ports.transactions(), ports.log(), live, ports.notifier());
        NotificationDrafts drafts = new NotificationDrafts(clock, ports.ids());
        this.tasks = new TaskUseCases(ports.tasks(), ports.log(), ports.transactions(), recorder, drafts, clock);
        this.devices = new DeviceUseCases(ports.devices(), ports.log(), ports.transactions(), recorder, drafts, clock);
        this.notifications = new NotificationUseCases(ports.log(), ports.transactions(), recorder, drafts, clock,
                settings.retention());
        this.seedData = new SeedData(ports.tasks(), ports.devices(), recorder, clock);
    }

    public static NotifyCore create(CorePorts ports, CoreSettings settings) {
        return new NotifyCore(ports, settings);
    }

    public TaskUseCases tasks() {
        return tasks;
    }

    public DeviceUseCases devices() {
        return devices;
    }

    public NotificationUseCases notifications() {
        return notifications;
    }

    public SeedData seedData() {
        return seedData;
    }

    /** Live subscriptions: WebSocket and SSE adapters subscribe here. */
    public LiveFeed live() {
        return live;
    }

    /** The envelope renderer, for adapters that show logged notifications (GET /notifications). */
    public EnvelopeJson envelopes() {
        return envelopes;
    }

    /** Ends every live connection (as a shutdown) and stops the delivery threads. */
    @Override
    public void close() {
        live.endAll();
        delivery.shutdown();
        try {
            if (!delivery.awaitTermination(5, TimeUnit.SECONDS)) {
                delivery.shutdownNow();
            }
        } catch (InterruptedException e) {
            delivery.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
