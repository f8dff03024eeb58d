package io.wsnotify.application.testing;

import io.wsnotify.application.CorePorts;
import io.wsnotify.application.CoreSettings;
import io.wsnotify.application.NotificationUseCases;
import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.live.QueueLimits;
import io.wsnotify.application.live.ValueFrames;
import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.port.NotificationLog;
import io.wsnotify.domain.port.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

/** Builds a whole {@link NotifyCore} over an {@link InMemoryStore}, as an embedder would. */
public final class TestCores {
    private TestCores() {}

    public static NotifyCore<Object> over(InMemoryStore store) {
        return over(store, CoreSettings.defaults());
    }

    public static NotifyCore<Object> over(InMemoryStore store, CoreSettings settings) {
        return over(store, store.notificationLog(), store, settings);
    }

    /** A core whose log and transactions may be wrapped (to inject faults or pauses). */
    public static NotifyCore<Object> over(
            InMemoryStore store, NotificationLog log, Transactions transactions, CoreSettings settings) {
        return NotifyCore.create(
                new CorePorts(
                        store.taskRepository(),
                        store.deviceRepository(),
                        log,
                        transactions,
                        Clock.systemUTC(),
                        new CountingIds(),
                        ZoneOffset.UTC,
                        TestResourceData.INSTANCE),
                settings,
                new ValueFrames());
    }

    /**
     * Puts {@code count} task notifications into the store's log with a core that is then closed,
     * so that a core built over the store afterwards starts following after them: resumes from
     * before them read the log, not the new core's window.
     */
    public static void logTasks(InMemoryStore store, int count) {
        try (NotifyCore<Object> writer = over(store)) {
            for (int i = 0; i < count; i++) {
                writer.tasks().create(new TaskName("logged " + i), null);
            }
        }
    }

    public static CoreSettings settings(int maxQueued, long keepNewest) {
        return new CoreSettings(
                new QueueLimits(maxQueued, 4L * 1024 * 1024),
                new NotificationUseCases.Retention(keepNewest, Duration.ofDays(7)));
    }
}
