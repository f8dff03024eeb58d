package io.wsnotify.adapter.sqlite;

import io.helidon.dbclient.DbExecute;
import java.time.Instant;

/**
 * Pruning of the log, always an oldest prefix so the retained seqs stay one contiguous range: the
 * first row that is neither beyond the newest {@code keepNewest} nor older than the cutoff is
 * kept, with everything after it; of what lies before it, at most {@code maxRows} of the oldest go.
 * Their pass-through fields go with them (foreign key, ON DELETE CASCADE).
 */
final class LogPruning {
    /** The first seq to keep: after the newest {@code keepNewest} rows' lower edge, and not too old. */
    private static final String FIRST_KEPT = "SELECT seq FROM notifications"
            + " WHERE seq > coalesce((SELECT seq FROM notifications ORDER BY seq DESC LIMIT 1 OFFSET ?), 0)"
            + " AND occurred_at >= ? ORDER BY seq LIMIT 1";

    private static final String DELETE_BEFORE = "DELETE FROM notifications WHERE seq IN"
            + " (SELECT seq FROM notifications WHERE seq < ? ORDER BY seq LIMIT ?)";

    private LogPruning() {}

    static int prune(DbExecute writer, long keepNewest, Instant olderThan, int maxRows) {
        long firstKept = writer.createGet(FIRST_KEPT)
                .params(keepNewest, ceilingMillis(olderThan))
                .execute()
                .map(row -> Column.longValue(row, 1))
                .orElse(Long.MAX_VALUE);
        return (int)
                writer.createDelete(DELETE_BEFORE).params(firstKept, maxRows).execute();
    }

    /** Stored millis are older than {@code instant} exactly when they are below this. */
    private static long ceilingMillis(Instant instant) {
        long millis = instant.toEpochMilli();
        return instant.getNano() % 1_000_000 == 0 ? millis : millis + 1;
    }
}
