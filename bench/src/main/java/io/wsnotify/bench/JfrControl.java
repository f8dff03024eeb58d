package io.wsnotify.bench;

import java.nio.file.Path;

/**
 * Records the server with JDK Flight Recorder over the measured event phase only, through {@code jcmd}:
 * the {@code profile} settings plus CPU-time sampling (JDK 25, Linux), which also sees time spent in native
 * code and the kernel, so a recording shows where the CPU per delivery goes.
 */
final class JfrControl {

    private static final String NAME = "notify-bench";

    private final long pid;
    private final Path file;

    /** Controls a recording of process {@code pid} into {@code file}; a null file records nothing. */
    JfrControl(long pid, Path file) {
        this.pid = pid;
        this.file = file;
    }

    /** Starts the recording (before the event phase). */
    void start() {
        if (file != null) {
            jcmd(
                    "JFR.start",
                    "name=" + NAME,
                    "settings=profile",
                    "filename=" + file.toAbsolutePath(),
                    "jdk.CPUTimeSample#enabled=true",
                    "jdk.CPUTimeSample#throttle=1ms");
        }
    }

    /** Stops it and writes the file (after the event phase). */
    void stop() {
        if (file != null) {
            jcmd("JFR.stop", "name=" + NAME);
            Log.info("JFR recording of the event phase: %s", file.toAbsolutePath());
        }
    }

    private void jcmd(String... command) {
        Jcmd.run(pid, command);
    }
}
