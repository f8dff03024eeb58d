package io.wsnotify.domain.port;

/**
 * Driven port: whether this node now runs the jobs that one node at a time must run (the device
 * simulator, pruning the log). A single node always does; nodes sharing a database take turns.
 */
@FunctionalInterface
public interface Leadership {
    /** True while this node holds the role; it may change at any moment, so ask before each run. */
    boolean isLeader();

    /** The leadership of a node that is alone: always. */
    static Leadership alone() {
        return () -> true;
    }
}
