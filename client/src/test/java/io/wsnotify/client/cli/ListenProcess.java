package io.wsnotify.client.cli;

import io.wsnotify.client.NotifyClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The {@code listen} command run as its own process, from the client's compiled classes only (no
 * test or server class on its class path), on a JDK 17 when this machine has one.
 */
final class ListenProcess implements AutoCloseable {
    private final Process process;
    private final List<String> stdout = new CopyOnWriteArrayList<>();
    private final List<String> stderr = new CopyOnWriteArrayList<>();
    private final Thread[] pumps;

    private ListenProcess(Process process) {
        this.process = process;
        this.pumps = new Thread[] {pump(process.getInputStream(), stdout), pump(process.getErrorStream(), stderr)};
    }

    static ListenProcess start(String... args) throws Exception {
        Path classes = Path.of(NotifyClient.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<String> command = new ArrayList<>(List.of(java(), "-cp", classes.toString(), Main.class.getName()));
        command.addAll(List.of(args));
        return new ListenProcess(new ProcessBuilder(command).start());
    }

    /** The JDK 17 named by the build ({@code client.test.java17-home}) when present, else this JVM's java. */
    static String java() {
        String home = System.getProperty("client.test.java17-home", "");
        Path java17 = Path.of(home.isEmpty() ? "/nonexistent" : home, "bin", "java");
        return Files.isExecutable(java17)
                ? java17.toString()
                : ProcessHandle.current().info().command().orElse("java");
    }

    List<String> stdout() {
        return List.copyOf(stdout);
    }

    List<String> stderr() {
        return List.copyOf(stderr);
    }

    /** Waits for the exit and the last of its output; returns the exit code. */
    int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("listen still running after " + seconds + " s; stderr: " + stderr);
        }
        for (Thread pump : pumps) {
            pump.join(TimeUnit.SECONDS.toMillis(seconds));
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private static Thread pump(InputStream from, List<String> into) {
        return Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(from, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    into.add(line);
                }
            } catch (IOException closed) {
                into.add("(stream closed: " + closed + ")");
            }
        });
    }
}
