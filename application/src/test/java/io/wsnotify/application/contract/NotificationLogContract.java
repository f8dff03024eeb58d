package io.wsnotify.application.contract;

import static io.wsnotify.application.contract.SampleDrafts.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.NotificationDraft;
import io.wsnotify.domain.Visibility;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link io.wsnotify.domain.port.NotificationLog}: seqs, reading by seq and limit, and
 * bounds. Filters, pruning and field round trips have their own contracts
 * ({@link NotificationFilterContract}, {@link NotificationPruneContract},
 * {@link NotificationRoundTripContract}).
 */
public abstract class NotificationLogContract extends StoreContract {
    @Test
    void assignsSeqsFromOneStrictlyIncreasing() {
        List<Long> seqs = appendAll(5).stream().map(Notification::seq).toList();
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), seqs);
    }

    @Test
    void appendReturnsTheDraftUnchanged() {
        NotificationDraft draft = draft("as given");
        assertEquals(draft, tx(() -> log().append(draft)).content());
    }

    @Test
    void readsEverythingAfterSinceOldestFirst() {
        List<Notification> all = appendAll(6);
        assertEquals(all, read(0, 100));
        assertEquals(all.subList(3, 6), read(3, 100));
        assertEquals(List.of(), read(6, 100));
        assertEquals(List.of(), read(1_000, 100));
    }

    @Test
    void readsAtMostTheLimitAndPagesOnWithSince() {
        List<Notification> all = appendAll(7);
        List<Notification> first = read(0, 3);
        List<Notification> second = read(first.getLast().seq(), 3);
        List<Notification> third = read(second.getLast().seq(), 3);
        assertEquals(all.subList(0, 3), first);
        assertEquals(all.subList(3, 6), second);
        assertEquals(all.subList(6, 7), third);
    }

    @Test
    void boundsOfAnEmptyLogAreZero() {
        assertEquals(new LogBounds(0, 0), tx(() -> log().bounds()));
    }

    @Test
    void boundsSpanOldestRetainedToNewestAssigned() {
        appendAll(4);
        assertEquals(new LogBounds(1, 4), tx(() -> log().bounds()));
    }

    @Test
    void boundsSeeTheAppendsOfTheCurrentUnitOfWork() {
        appendAll(2);
        LogBounds inside = tx(() -> {
            log().append(draft("uncommitted yet"));
            return log().bounds();
        });
        assertEquals(new LogBounds(1, 3), inside);
    }

    @Test
    void worksOutsideATransaction() {
        Notification appended = log().append(draft("autocommit"));
        assertEquals(List.of(appended), log().read(new LogQuery(0, Set.of(), Visibility.untargetedOnly(), 10)));
        assertEquals(new LogBounds(1, 1), log().bounds());
    }

    private List<Notification> appendAll(int count) {
        return LongStream.rangeClosed(1, count)
                .mapToObj(i -> append(draft("number " + i)))
                .toList();
    }

    private Notification append(NotificationDraft draft) {
        return tx(() -> log().append(draft));
    }

    private List<Notification> read(long since, int limit) {
        return tx(() -> log().read(new LogQuery(since, Set.of(), Visibility.untargetedOnly(), limit)));
    }
}
