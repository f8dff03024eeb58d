package io.wsnotify.application;

import io.wsnotify.application.live.FrameRenderer;
import io.wsnotify.application.live.LiveFeed;
import java.time.InstantSource;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The embeddable core: give it the driven ports and a renderer for live frames, get the use cases.
 * Needs nothing but the JDK.
 *
 * <pre>{@code
 * NotifyCore<Object> core = NotifyCore.create(ports, CoreSettings.defaults(), new ValueFrames());
 * core.tasks().create(new TaskName("Write report"), null);
 * }</pre>
 *
 * @param <F> the form of live frames, chosen by the transports that write them ({@link FrameRenderer})
 */
public final class NotifyCore<F> implements AutoCloseable {
    private final TaskUseCases tasks;
    private final DeviceUseCases devices;
    private final NotificationUseCases notifications;
    private final SeedData seedData;
    private final LiveFeed<F> live;
    private final ZoneId zone;

    private NotifyCore(CorePorts ports, CoreSettings settings, FrameRenderer<F> renderer) {
        InstantSource clock = () -> ports.clock().instant().truncatedTo(ChronoUnit.MILLIS);
        this.zone = ports.zone();
        this.live = new LiveFeed<>(
                ports.log(),
                ports.transactions(),
                ports.notifier(),
                renderer,
                ports.ids(),
                clock,
                LiveFeed.DeliverySettings.of(settings.queueLimits(), settings.pollInterval()));
        ChangeRecorder recorder = new ChangeRecorder(ports.transactions(), ports.log(), ports.notifier());
        NotificationDrafts drafts = new NotificationDrafts(clock, ports.ids(), ports.resourceData());
        this.tasks = new TaskService(ports.tasks(), ports.log(), ports.transactions(), recorder, drafts, clock);
        this.devices = new DeviceService(ports.devices(), ports.log(), ports.transactions(), recorder, drafts, clock);
        this.notifications = new NotificationService(
                ports.log(),
                ports.transactions(),
                recorder,
                drafts,
                clock,
                settings.retention(),
                ports.leadership(),
                live);
        this.seedData = new SeedData(ports.tasks(), ports.devices(), recorder, clock);
        live.start();
    }

    /** Builds the core and starts following the log. */
    public static <F> NotifyCore<F> create(CorePorts ports, CoreSettings settings, FrameRenderer<F> renderer) {
        return new NotifyCore<>(ports, settings, renderer);
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
    public LiveFeed<F> live() {
        return live;
    }

    /** The server's time zone, in which transports write the seed's local {@code date} field. */
    public ZoneId zone() {
        return zone;
    }

    /** Ends every live connection (as a shutdown) and stops following the log. */
    @Override
    public void close() {
        live.close();
    }
}
