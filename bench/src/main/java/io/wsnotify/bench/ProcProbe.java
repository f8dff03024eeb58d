package io.wsnotify.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads resident memory (VmRSS) and CPU time (utime + stime) of a Linux process from /proc; of several
 * processes (the nodes of a multi-node server), their sums.
 */
public final class ProcProbe {

    private static final long TICKS_PER_SECOND = clockTicks();

    private final List<Long> pids;

    /** A probe of process {@code pid}; a pid of 0 or less observes nothing. */
    ProcProbe(long pid) {
        this(List.of(pid));
    }

    /** A probe of the sum of processes {@code pids}; none, or a pid of 0 or less, observes nothing. */
    ProcProbe(List<Long> pids) {
        this.pids = List.copyOf(pids);
    }

    /** Clock ticks per second of /proc figures (USER_HZ). */
    static long ticksPerSecond() {
        return TICKS_PER_SECOND;
    }

    /** A probe of this JVM. */
    static ProcProbe self() {
        return new ProcProbe(ProcessHandle.current().pid());
    }

    /** Takes a sample now (sums over the processes); unknown values when a process or /proc is not there. */
    ProcSample sample() {
        if (pids.isEmpty() || pids.stream().anyMatch(pid -> pid <= 0)) {
            return ProcSample.unknown();
        }
        ProcSample sum = sample(pids.getFirst());
        for (long pid : pids.subList(1, pids.size())) {
            sum = sum.plus(sample(pid));
        }
        return sum;
    }

    private static ProcSample sample(long pid) {
        try {
            long rss = rssKib(Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")));
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            long[] cpu = cpuNanos(stat);
            return new ProcSample(rss, cpu[0] + cpu[1], cpu[1], threadCpuNanos(pid, "CompilerThre"), System.nanoTime());
        } catch (IOException | RuntimeException e) {
            return ProcSample.unknown();
        }
    }

    /** CPU time of the process's threads whose name contains {@code part} (e.g. the JIT compiler threads). */
    private static long threadCpuNanos(long pid, String part) {
        long total = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.contains(part)) {
                        long[] cpu = cpuNanos(stat);
                        total += cpu[0] + cpu[1];
                    }
                } catch (IOException | RuntimeException threadGone) {
                    // the thread ended while we looked
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return total;
    }

    private static long rssKib(Iterable<String> statusLines) {
        for (String line : statusLines) {
            if (line.startsWith("VmRSS:")) {
                String v = line.substring("VmRSS:".length()).trim();
                int space = v.indexOf(' ');
                return Long.parseLong(space < 0 ? v : v.substring(0, space));
            }
        }
        return -1;
    }

    /** {utime, stime} in ns: fields 14 and 15 of /proc/pid/stat, counted after the ")" ending comm. */
    private static long[] cpuNanos(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // f[0] is field 3 (state), so field n is f[n - 3]
        long tick = 1_000_000_000L / TICKS_PER_SECOND;
        return new long[] {Long.parseLong(f[11]) * tick, Long.parseLong(f[12]) * tick};
    }

    private static long clockTicks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            p.waitFor();
            long v = Long.parseLong(out);
            return v > 0 ? v : 100;
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
