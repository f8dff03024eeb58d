package io.wsnotify.application.contract;

import static io.wsnotify.application.contract.SampleDrafts.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.PageLimit;
import io.wsnotify.domain.Task;
import io.wsnotify.domain.TaskFilter;
import io.wsnotify.domain.TaskName;
import io.wsnotify.domain.TaskStatus;
import io.wsnotify.domain.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Contract of {@link io.wsnotify.domain.port.Transactions}: atomic commit and rollback of changes and appends. */
public abstract class TransactionsContract extends StoreContract {
    private static final Instant AT = Instant.parse("2026-11-27T10:42:07.123Z");

    @Test
    void returnsWhatTheWorkReturns() {
        assertEquals("done", tx(() -> "done"));
        assertNull(tx(() -> (String) null));
    }

    @Test
    void commitsAChangeTogetherWithItsNotification() {
        Notification logged = tx(() -> {
            tasks().add(new TaskName("committed"), TaskStatus.PENDING, AT);
            return log().append(draft("task created"));
        });
        assertEquals(1, tx(() -> tasks().count()));
        assertEquals(List.of(logged), readAll());
    }

    @Test
    void committedChangesAreVisibleToOtherThreads() throws Exception {
        Task added = CompletableFuture.supplyAsync(() -> tx(() -> {
                    log().append(draft("from another thread"));
                    return tasks().add(new TaskName("elsewhere"), TaskStatus.PENDING, AT);
                }))
                .get(10, TimeUnit.SECONDS);
        Optional<Task> seen = CompletableFuture.supplyAsync(() -> tx(() -> tasks().find(added.id())))
                .get(10, TimeUnit.SECONDS);
        assertEquals(Optional.of(added), seen);
        assertEquals(new LogBounds(1, 1), tx(() -> log().bounds()));
    }

    @Test
    void rollsBackTheChangeAndTheAppendWhenTheWorkThrows() {
        Task kept = tx(() -> tasks().add(new TaskName("kept"), TaskStatus.PENDING, AT));
        Notification first = tx(() -> log().append(draft("first")));
        IllegalStateException failure = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> tx(() -> {
                    tasks().add(new TaskName("doomed"), TaskStatus.PENDING, AT);
                    tasks().save(kept.change(new TaskName("renamed"), TaskStatus.COMPLETED, AT.plusSeconds(1)));
                    devices().add("doomed device", true, AT);
                    log().append(draft("doomed"));
                    throw failure;
                }));
        assertSame(failure, thrown);
        assertEquals(List.of(kept), tx(() -> tasks().list(new TaskFilter(null, PageLimit.DEFAULT, 0))));
        assertEquals(0, tx(() -> devices().count()));
        assertEquals(List.of(first), readAll());
        assertEquals(new LogBounds(1, 1), tx(() -> log().bounds()));
    }

    @Test
    void rollsBackARemoveAndAPrune() {
        Task kept = tx(() -> tasks().add(new TaskName("kept"), TaskStatus.PENDING, AT));
        Notification logged = tx(() -> log().append(draft("kept")));
        assertThrows(
                IllegalStateException.class,
                () -> tx(() -> {
                    tasks().remove(kept.id());
                    log().prune(0, AT.plusSeconds(60), 1000);
                    throw new IllegalStateException("undo");
                }));
        assertEquals(Optional.of(kept), tx(() -> tasks().find(kept.id())));
        assertEquals(List.of(logged), readAll());
    }

    @Test
    void rollsBackWhenTheWorkThrowsAnError() {
        assertThrows(
                StackOverflowError.class,
                () -> tx(() -> {
                    tasks().add(new TaskName("doomed"), TaskStatus.PENDING, AT);
                    throw new StackOverflowError("simulated");
                }));
        assertEquals(0, tx(() -> tasks().count()));
    }

    @Test
    void seesItsOwnUncommittedWrites() {
        long inside = tx(() -> {
            Task added = tasks().add(new TaskName("mine"), TaskStatus.PENDING, AT);
            log().append(draft("mine"));
            return tasks().find(added.id()).map(task -> log().bounds().newest()).orElse(-1L);
        });
        assertEquals(1, inside);
    }

    @Test
    void nestedUnitOfWorkJoinsTheOuterOne() {
        assertThrows(
                IllegalStateException.class,
                () -> tx(() -> {
                    tasks().add(new TaskName("outer"), TaskStatus.PENDING, AT);
                    long seenInside = tx(() -> {
                        log().append(draft("inner"));
                        return tasks().count();
                    });
                    assertEquals(1, seenInside);
                    throw new IllegalStateException("outer fails after the inner returned");
                }));
        assertEquals(0, tx(() -> tasks().count()));
        assertEquals(new LogBounds(0, 0), tx(() -> log().bounds()));
    }

    @Test
    void aFailedUnitOfWorkLeavesTheStoreUsable() {
        assertThrows(
                IllegalStateException.class,
                () -> tx(() -> {
                    log().append(draft("doomed"));
                    throw new IllegalStateException("boom");
                }));
        Notification next = tx(() -> log().append(draft("next")));
        assertEquals(List.of(next), readAll());
    }

    private List<Notification> readAll() {
        return tx(() -> log().read(new LogQuery(0, Set.of(), Visibility.untargetedOnly(), 1000)));
    }
}
