package io.wsnotify.application;

import io.wsnotify.application.live.LiveView;
import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.application.testing.CountingIds;
import io.wsnotify.application.testing.MutableClock;
import io.wsnotify.application.testing.RecordingNotifier;
import io.wsnotify.application.testing.TestResourceData;
import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.PageLimit;
import io.wsnotify.domain.Visibility;
import io.wsnotify.domain.port.DeviceRepository;
import io.wsnotify.domain.port.Leadership;
import io.wsnotify.domain.port.NotificationLog;
import io.wsnotify.domain.port.TaskRepository;
import io.wsnotify.domain.port.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The use cases wired by hand over an {@link InMemoryStore}, a hand-driven clock and a
 * {@link RecordingNotifier} (live delivery is tested on its own: every custom notification here
 * reaches 3 connections); any port may be swapped for a faulty wrapper.
 */
final class UseCaseFixture {
    static final Instant START = Instant.parse("2026-11-27T10:42:07.123Z");

    final InMemoryStore store;
    final MutableClock clock = new MutableClock(START);
    final RecordingNotifier notifier = new RecordingNotifier();
    final TaskUseCases tasks;
    final DeviceUseCases devices;
    final NotificationUseCases notifications;
    final SeedData seed;

    UseCaseFixture() {
        this(new InMemoryStore());
    }

    UseCaseFixture(InMemoryStore store) {
        this(store, store.taskRepository(), store.deviceRepository(), store.notificationLog(), store);
    }

    UseCaseFixture(
            InMemoryStore store,
            TaskRepository taskRepository,
            DeviceRepository deviceRepository,
            NotificationLog log,
            Transactions transactions) {
        this.store = store;
        ChangeRecorder recorder = new ChangeRecorder(transactions, log, notifier);
        NotificationDrafts drafts = new NotificationDrafts(clock, new CountingIds(), TestResourceData.INSTANCE);
        this.tasks = new TaskService(taskRepository, log, transactions, recorder, drafts, clock);
        this.devices = new DeviceService(deviceRepository, log, transactions, recorder, drafts, clock);
        this.notifications = new NotificationService(
                log,
                transactions,
                recorder,
                drafts,
                clock,
                new NotificationUseCases.Retention(5, Duration.ofHours(1)),
                Leadership.alone(),
                new FixedLive());
        this.seed = new SeedData(taskRepository, deviceRepository, recorder, clock);
    }

    /** Live delivery seen from the use cases: 3 connections everywhere, a follower that read everything. */
    private static final class FixedLive implements LiveView {
        @Override
        public int recipientsOf(Notification notification) {
            return 3;
        }

        @Override
        public long followedSeq() {
            return Long.MAX_VALUE;
        }

        @Override
        public boolean awaitFollowed(long seq, Duration timeout) {
            return true;
        }

        @Override
        public void pruned(LogBounds bounds) {}
    }

    /** Everything in the log, oldest first, read straight from the store. */
    List<Notification> logged() {
        return store.notificationLog().read(new LogQuery(0, null, Visibility.untargetedOnly(), PageLimit.MAX));
    }

    long newestSeq() {
        return store.notificationLog().bounds().newest();
    }
}
