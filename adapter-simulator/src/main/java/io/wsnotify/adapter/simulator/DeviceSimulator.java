package io.wsnotify.adapter.simulator;

import io.wsnotify.application.DeviceUseCases;
import io.wsnotify.domain.Device;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;

/**
 * Driving adapter: toggles a random device after each random pause, through
 * {@link DeviceUseCases#toggle}, so its notifications are exactly those of a reported change.
 *
 * <p>Runs on one daemon thread; the random generator is only touched there, so a fixed seed gives
 * the same sequence of pauses and devices. A failing toggle is logged and the schedule goes on.
 */
public final class DeviceSimulator implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(DeviceSimulator.class.getName());
    private static final long CLOSE_WAIT_MILLIS = 2_000;

    private final DeviceUseCases devices;
    private final SimulatorSettings settings;
    private final RandomGenerator random;
    private final BooleanSupplier runsHere;
    private final ScheduledThreadPoolExecutor scheduler;
    private volatile boolean started;

    public DeviceSimulator(DeviceUseCases devices, SimulatorSettings settings) {
        this(devices, settings, () -> true);
    }

    /**
     * A simulator that toggles only while {@code runsHere} is true: with several nodes, only on the
     * node that leads (DESIGN §8), asked before each toggle.
     */
    public DeviceSimulator(DeviceUseCases devices, SimulatorSettings settings, BooleanSupplier runsHere) {
        this(devices, settings, new SplittableRandom(settings.seed()), runsHere);
    }

    public DeviceSimulator(DeviceUseCases devices, SimulatorSettings settings, RandomGenerator random) {
        this(devices, settings, random, () -> true);
    }

    private DeviceSimulator(
            DeviceUseCases devices, SimulatorSettings settings, RandomGenerator random, BooleanSupplier runsHere) {
        this.devices = Objects.requireNonNull(devices, "devices");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.random = Objects.requireNonNull(random, "random");
        this.runsHere = Objects.requireNonNull(runsHere, "runsHere");
        this.scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "device-simulator");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Starts toggling, unless the settings disable the simulator. Call once. */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("the simulator is already started");
        }
        started = true;
        if (!settings.enabled()) {
            LOG.log(Level.INFO, "Device simulator is disabled");
            return;
        }
        LOG.log(
                Level.INFO,
                "Device simulator toggles a random device every {0} to {1}",
                settings.minInterval(),
                settings.maxInterval());
        scheduleNext();
    }

    /** Stops the schedule and waits briefly for a toggle in progress to finish. */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.log(Level.WARNING, "Device simulator did not stop within {0} ms", CLOSE_WAIT_MILLIS);
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void scheduleNext() {
        long min = settings.minInterval().toNanos();
        long max = settings.maxInterval().toNanos();
        long pause = min == max ? min : random.nextLong(min, max + 1);
        try {
            scheduler.schedule(this::tick, pause, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            // close() was called: the schedule ends here
        }
    }

    private void tick() {
        try {
            if (runsHere.getAsBoolean()) {
                toggleRandomDevice();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Device simulator could not toggle a device; it keeps going", e);
        } finally {
            if (!scheduler.isShutdown()) {
                scheduleNext();
            }
        }
    }

    private void toggleRandomDevice() {
        List<Device> known = devices.list().value();
        if (known.isEmpty()) {
            return;
        }
        Device chosen = known.get(random.nextInt(known.size()));
        devices.toggle(chosen.id());
    }
}
