package io.wsnotify.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the whole machine's busy CPU time from {@code /proc/stat}, so a run can say how much CPU other
 * processes (not the server, not the benchmark) took during the measured phase: the fairness of the figures.
 */
final class MachineProbe {

    private MachineProbe() {}

    /** Busy CPU time of all cores since boot (user + nice + system + irq + softirq + steal) in ns; -1 if unknown. */
    static long busyNanos() {
        try {
            String first = Files.readAllLines(Path.of("/proc/stat")).getFirst();
            String[] f = first.trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            long busy = Long.parseLong(f[1])
                    + Long.parseLong(f[2])
                    + Long.parseLong(f[3])
                    + Long.parseLong(f[6])
                    + Long.parseLong(f[7])
                    + Long.parseLong(f[8]);
            return busy * (1_000_000_000L / ProcProbe.ticksPerSecond());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
