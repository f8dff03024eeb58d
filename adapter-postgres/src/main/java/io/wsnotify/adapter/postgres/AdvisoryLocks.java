package io.wsnotify.adapter.postgres;

/**
 * The advisory lock keys this application takes in its database. Advisory locks are per database,
 * so two deployments on two databases of one server do not meet.
 */
final class AdvisoryLocks {
    /**
     * Taken by every write transaction ({@code pg_advisory_xact_lock}) before its first statement and
     * held to its end: writers on all nodes commit one at a time, so a seq becomes visible only after
     * every smaller one (DESIGN §8), and "count, then insert" decisions such as seeding cannot race.
     */
    static final long WRITER = 0x7773_6E6F_7469_0001L;

    /** Held by the leader's own session ({@code pg_try_advisory_lock}) for as long as it leads. */
    static final long LEADER = 0x7773_6E6F_7469_0002L;

    private AdvisoryLocks() {}
}
