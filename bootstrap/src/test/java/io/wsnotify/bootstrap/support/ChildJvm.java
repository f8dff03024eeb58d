package io.wsnotify.bootstrap.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A child JVM on this test's classpath running a main class; its output is kept for assertions. */
public final class ChildJvm implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)");

    private final Process process;
    private final ConcurrentLinkedQueue<String> output = new ConcurrentLinkedQueue<>();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private final Thread pump;

    private ChildJvm(Process process) {
        this.process = process;
        this.pump = Thread.ofPlatform().daemon().name("child-output").start(this::pump);
    }

    /** Starts {@code mainClass} with {@code -D} properties and extra environment variables. */
    public static ChildJvm start(String mainClass, Map<String, String> properties, Map<String, String> environment)
            throws IOException {
        return start(mainClass, List.of(), properties, environment);
    }

    /** Starts {@code mainClass} with program arguments, {@code -D} properties and extra environment variables. */
    public static ChildJvm start(
            String mainClass, List<String> arguments, Map<String, String> properties, Map<String, String> environment)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-Xshare:auto");
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return new ChildJvm(builder.start());
    }

    /** The port from the application's "listening on" log line. */
    public int awaitPort(Duration timeout) throws Exception {
        try {
            return port.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("child did not start within " + timeout + ":\n" + output(), e);
        }
    }

    /** Waits for the child to exit; returns its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new AssertionError("child still running after " + timeout + ":\n" + output());
        }
        pump.join(timeout.toMillis()); // the last lines may still be in the pipe when the process ends
        return process.exitValue();
    }

    public String output() {
        return String.join("\n", output);
    }

    /** SIGTERM, as a service manager stops it; the output stays readable (unlike Process.destroy()). */
    public void terminate() {
        process.toHandle().destroy();
    }

    /** SIGKILL: no shutdown hook, no flush, no checkpoint. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private void pump() {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    port.complete(Integer.parseInt(matcher.group(1)));
                }
            }
        } catch (IOException e) {
            output.add("(output closed: " + e + ")");
        }
        port.completeExceptionally(new IllegalStateException("child exited before listening"));
    }
}
