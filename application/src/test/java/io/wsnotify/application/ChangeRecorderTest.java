package io.wsnotify.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wsnotify.application.memory.InMemoryStore;
import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.NotificationDraft;
import io.wsnotify.domain.PageLimit;
import io.wsnotify.domain.Task;
import io.wsnotify.domain.TaskFilter;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import io.wsnotify.domain.port.NotificationLog;
import io.wsnotify.domain.port.Transactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A change and its notification commit together or not at all, and only committed ones are published. */
class ChangeRecorderTest {
    private final InMemoryStore store = new InMemoryStore();
    private final FaultyTaskRepository tasks = new FaultyTaskRepository(store.taskRepository());

    private UseCaseFixture coreWith(NotificationLog log, Transactions transactions) {
        return new UseCaseFixture(store, tasks, store.deviceRepository(), log, transactions);
    }

    @Test
    void aFailingWriteAfterTheChangeLogsAndPublishesNothing() {
        UseCaseFixture core = coreWith(store.notificationLog(), store);
        Task task = core.tasks.create(new TaskName("keep"), null).value();
        tasks.failAfterSave = true;
        assertThrows(IllegalStateException.class, () -> core.tasks.update(task.id(), null, TaskStatus.COMPLETED));
        tasks.failAfterRemove = true;
        assertThrows(IllegalStateException.class, () -> core.tasks.delete(task.id()));
        assertEquals(task, core.tasks.get(task.id()).value());
        assertEquals(List.of(1L), core.logged().stream().map(Notification::seq).toList());
        assertEquals(1, core.notifier.published().size());
    }

    @Test
    void aFailingLogAppendRollsTheChangeBack() {
        NotificationLog refusing = new NotificationLog() {
            @Override
            public Notification append(NotificationDraft draft) {
                throw new IllegalStateException("log full");
            }

            @Override
            public List<Notification> read(LogQuery query) {
                return store.notificationLog().read(query);
            }

            @Override
            public LogBounds bounds() {
                return store.notificationLog().bounds();
            }

            @Override
            public int prune(long keepNewest, Instant olderThan, int maxRows) {
                return 0;
            }
        };
        UseCaseFixture core = coreWith(refusing, store);
        assertThrows(IllegalStateException.class, () -> core.tasks.create(new TaskName("lost"), null));
        assertEquals(
                List.of(),
                core.tasks.list(new TaskFilter(null, PageLimit.DEFAULT, 0)).value());
        assertEquals(List.of(), core.notifier.published());
    }

    @Test
    void aFailedCommitPublishesNothing() {
        Transactions failingCommit = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return store.inTransaction(() -> {
                    T result = work.get();
                    if (result instanceof Recorded<?>) {
                        throw new IllegalStateException("commit failed");
                    }
                    return result;
                });
            }
        };
        UseCaseFixture core = coreWith(store.notificationLog(), failingCommit);
        assertThrows(IllegalStateException.class, () -> core.tasks.create(new TaskName("lost"), null));
        assertEquals(0, store.taskRepository().count());
        assertEquals(List.of(), core.logged());
        assertEquals(List.of(), core.notifier.published());
    }

    @Test
    void aFailedCreateDoesNotBurnATaskIdOrSeq() {
        UseCaseFixture core = coreWith(store.notificationLog(), store);
        tasks.failAfterAdd = true;
        assertThrows(IllegalStateException.class, () -> core.tasks.create(new TaskName("lost"), null));
        tasks.failAfterAdd = false;
        Recorded<Task> created = core.tasks.create(new TaskName("kept"), null);
        assertEquals(1, created.value().id().value());
        assertEquals(1, created.notification().seq());
    }

    @Test
    void logsInSeqOrderAndAnnouncesEveryAppendFromManyThreads() throws Exception {
        UseCaseFixture core = coreWith(store.notificationLog(), store);
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            writers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 50; i++) {
                    core.tasks.create(new TaskName("t" + i), null);
                }
            }));
        }
        for (Thread writer : writers) {
            writer.join(10_000);
        }
        List<Long> all = LongStream.rangeClosed(1, 200).boxed().toList();
        assertEquals(all, core.logged().stream().map(Notification::seq).toList());
        assertEquals(all, core.notifier.published().stream().sorted().toList(), "every append was announced once");
    }
}
