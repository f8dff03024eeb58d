package io.wsnotify.domain;

/**
 * What the notification log holds at one moment.
 *
 * @param oldest the smallest seq still retained, or 0 when nothing is retained
 * @param newest the largest seq ever assigned (it survives pruning), or 0 when none was
 */
public record LogBounds(long oldest, long newest) {
    public LogBounds {
        if (oldest < 0 || newest < 0 || oldest > newest) {
            throw new IllegalArgumentException("bad log bounds " + oldest + ".." + newest);
        }
    }

    /** True when notifications after {@code since} have been pruned, so a replay from it has a hole. */
    public boolean hasPrunedAfter(long since) {
        long firstAvailable = oldest == 0 ? newest + 1 : oldest;
        return since + 1 < firstAvailable;
    }

    /** Every seq at or before this one was pruned (or never assigned): the log holds none of them. */
    public long prunedThrough() {
        return oldest == 0 ? newest : oldest - 1;
    }

    /** True when {@code since} is beyond anything this log ever assigned (the log was replaced). */
    public boolean isBehind(long since) {
        return since > newest;
    }
}
