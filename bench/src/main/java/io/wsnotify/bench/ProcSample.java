package io.wsnotify.bench;

/** One reading of a process's resident memory (KiB) and consumed CPU time (ns); -1 when unknown. */
public record ProcSample(long rssKib, long cpuNanos, long atNanos) {

    /** A sample for a process that cannot be observed. */
    static ProcSample unknown() {
        return new ProcSample(-1, -1, System.nanoTime());
    }

    /** Whether both figures were read. */
    boolean known() {
        return rssKib >= 0 && cpuNanos >= 0;
    }

    /** CPU time consumed between {@code earlier} and this sample, or -1. */
    long cpuSince(ProcSample earlier) {
        return known() && earlier.known() ? cpuNanos - earlier.cpuNanos : -1;
    }

    /** Resident memory growth since {@code earlier} in KiB, or Long.MIN_VALUE when unknown. */
    long rssGrowthSince(ProcSample earlier) {
        return known() && earlier.known() ? rssKib - earlier.rssKib : Long.MIN_VALUE;
    }
}
