package io.wsnotify.application.contract;

import static io.wsnotify.application.contract.SampleDrafts.T0;
import static io.wsnotify.application.contract.SampleDrafts.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.NotificationDraft;
import io.wsnotify.domain.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link io.wsnotify.domain.port.NotificationLog#prune}: by count, by age, in bounded
 * batches, only ever an oldest prefix, and seqs are never reused afterwards.
 */
public abstract class NotificationPruneContract extends StoreContract {
    private static final Instant LONG_AGO = Instant.EPOCH;

    @Test
    void keepsTheNewestCount() {
        appendOneSecondApart(10);
        assertEquals(7, prune(3, LONG_AGO, 1000));
        assertEquals(new LogBounds(8, 10), bounds());
        assertEquals(List.of(8L, 9L, 10L), seqs());
    }

    @Test
    void deletesWhatIsOlderThanTheCutoff() {
        appendOneSecondApart(10);
        assertEquals(5, prune(1000, T0.plusSeconds(5), 1000));
        assertEquals(new LogBounds(6, 10), bounds());
    }

    @Test
    void appliesWhicheverRuleDeletesMore() {
        appendOneSecondApart(10);
        assertEquals(4, prune(6, T0.plusSeconds(2), 1000));
        assertEquals(3, prune(6, T0.plusSeconds(7), 1000));
        assertEquals(new LogBounds(8, 10), bounds());
    }

    @Test
    void deletesAtMostMaxRowsOldestFirst() {
        appendOneSecondApart(10);
        assertEquals(3, prune(2, LONG_AGO, 3));
        assertEquals(new LogBounds(4, 10), bounds());
        assertEquals(3, prune(2, LONG_AGO, 3));
        assertEquals(2, prune(2, LONG_AGO, 3));
        assertEquals(0, prune(2, LONG_AGO, 3));
        assertEquals(List.of(9L, 10L), seqs());
    }

    @Test
    void deletesNothingWithinRetention() {
        appendOneSecondApart(3);
        assertEquals(0, prune(3, T0, 1000));
        assertEquals(0, tx(() -> log().prune(10, LONG_AGO, 1000)));
        assertEquals(new LogBounds(1, 3), bounds());
    }

    @Test
    void pruningAnEmptyLogDeletesNothing() {
        assertEquals(0, prune(0, T0.plusSeconds(60), 1000));
        assertEquals(new LogBounds(0, 0), bounds());
    }

    /** Retained seqs stay one contiguous range, so "what was pruned" is exactly "below oldest". */
    @Test
    void deletesOnlyAnOldestPrefixEvenWhenTimestampsAreOutOfOrder() {
        append(at(T0));
        append(at(T0.plusSeconds(1)));
        append(at(T0.plusSeconds(100)));
        append(at(T0.plusSeconds(2)));
        assertEquals(2, prune(1000, T0.plusSeconds(50), 1000));
        assertEquals(List.of(3L, 4L), seqs());
    }

    @Test
    void newestSurvivesPruningEverything() {
        appendOneSecondApart(4);
        assertEquals(4, prune(0, T0.plusSeconds(3600), 1000));
        assertEquals(new LogBounds(0, 4), bounds());
        assertEquals(List.of(), seqs());
    }

    @Test
    void neverReusesASeqAfterPruning() {
        appendOneSecondApart(4);
        prune(0, T0.plusSeconds(3600), 1000);
        assertEquals(5, append(at(T0)).seq());
        assertEquals(new LogBounds(5, 5), bounds());
    }

    private void appendOneSecondApart(int count) {
        IntStream.range(0, count).forEach(i -> append(at(T0.plusSeconds(i))));
    }

    private Notification append(NotificationDraft draft) {
        return tx(() -> log().append(draft));
    }

    private int prune(long keepNewest, Instant olderThan, int maxRows) {
        return tx(() -> log().prune(keepNewest, olderThan, maxRows));
    }

    private LogBounds bounds() {
        return tx(() -> log().bounds());
    }

    private List<Long> seqs() {
        return tx(() -> log().read(new LogQuery(0, Set.of(), Visibility.untargetedOnly(), 1000))).stream()
                .map(Notification::seq)
                .toList();
    }
}
