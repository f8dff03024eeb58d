package io.wsnotify.bench;

/**
 * One reading of a process's resident memory (KiB), CPU time (ns), its kernel part (ns) and the part of its
 * JIT compiler threads (ns); -1 when unknown.
 */
public record ProcSample(long rssKib, long cpuNanos, long sysNanos, long jitNanos, long atNanos) {

    /** A sample for a process that cannot be observed. */
    static ProcSample unknown() {
        return new ProcSample(-1, -1, -1, -1, System.nanoTime());
    }

    /** The sum of this sample and {@code other} (of another process, taken just after); unknown parts stay unknown. */
    ProcSample plus(ProcSample other) {
        if (!known() || !other.known()) {
            return unknown();
        }
        long jit = jitNanos >= 0 && other.jitNanos >= 0 ? jitNanos + other.jitNanos : -1;
        return new ProcSample(
                rssKib + other.rssKib, cpuNanos + other.cpuNanos, sysNanos + other.sysNanos, jit, other.atNanos);
    }

    /** Whether both figures were read. */
    boolean known() {
        return rssKib >= 0 && cpuNanos >= 0;
    }

    /** CPU time consumed between {@code earlier} and this sample, or -1. */
    long cpuSince(ProcSample earlier) {
        return known() && earlier.known() ? cpuNanos - earlier.cpuNanos : -1;
    }

    /** Kernel (system) CPU time consumed between {@code earlier} and this sample, or -1. */
    long sysSince(ProcSample earlier) {
        return known() && earlier.known() ? sysNanos - earlier.sysNanos : -1;
    }

    /** JIT compiler threads' CPU time between {@code earlier} and this sample, or -1. */
    long jitSince(ProcSample earlier) {
        return known() && earlier.known() && jitNanos >= 0 && earlier.jitNanos >= 0 ? jitNanos - earlier.jitNanos : -1;
    }

    /** Resident memory growth since {@code earlier} in KiB, or Long.MIN_VALUE when unknown. */
    long rssGrowthSince(ProcSample earlier) {
        return known() && earlier.known() ? rssKib - earlier.rssKib : Long.MIN_VALUE;
    }
}
