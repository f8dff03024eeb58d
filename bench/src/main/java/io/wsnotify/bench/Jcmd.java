package io.wsnotify.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the JDK's {@code jcmd} against the server process (JFR control, a full GC before an RSS sample). */
final class Jcmd {

    private Jcmd() {}

    /** Runs {@code jcmd pid command...}; true when it succeeded (failures are logged, not thrown). */
    static boolean run(long pid, String... command) {
        List<String> args = new ArrayList<>();
        args.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        args.add(Long.toString(pid));
        args.addAll(List.of(command));
        try {
            Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                Log.info("jcmd %s failed: %s", command[0], out);
                return false;
            }
            return true;
        } catch (IOException e) {
            Log.info("jcmd %s failed: %s", command[0], e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
