package io.wsnotify.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads resident memory (VmRSS) and CPU time (utime + stime) of a Linux process from /proc. */
public final class ProcProbe {

    private static final long TICKS_PER_SECOND = clockTicks();

    private final long pid;

    /** A probe of process {@code pid}; a pid of 0 or less observes nothing. */
    ProcProbe(long pid) {
        this.pid = pid;
    }

    /** A probe of this JVM. */
    static ProcProbe self() {
        return new ProcProbe(ProcessHandle.current().pid());
    }

    /** Takes a sample now; unknown values when the process or /proc is not there. */
    ProcSample sample() {
        if (pid <= 0) {
            return ProcSample.unknown();
        }
        try {
            long rss = rssKib(Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")));
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return new ProcSample(rss, cpuNanos(stat), System.nanoTime());
        } catch (IOException | RuntimeException e) {
            return ProcSample.unknown();
        }
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

    /** utime and stime are fields 14 and 15 of /proc/pid/stat, counted after the ")" ending comm. */
    private static long cpuNanos(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // f[0] is field 3 (state), so field n is f[n - 3]
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return ticks * 1_000_000_000L / TICKS_PER_SECOND;
    }

    private static long clockTicks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
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
