package io.wsnotify.systemtests.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One node as the README starts it: {@code java -jar bootstrap/target/websockets-notify.jar}, set up
 * only by environment variables. Its output (stdout and stderr) is kept for assertions and written to
 * a log file under target/. Nodes still running when the test JVM ends are killed.
 */
public final class NodeProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)/");
    private static final Set<ProcessHandle> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(() -> RUNNING.forEach(ProcessHandle::destroyForcibly), "kill-left-over-nodes"));
    }

    private final String name;
    private final Process process;
    private final ConcurrentLinkedQueue<String> output = new ConcurrentLinkedQueue<>();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private final Thread pump;

    private NodeProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        RUNNING.add(process.toHandle());
        this.pump = Thread.ofPlatform().daemon().name(name + "-output").start(() -> pump(logFile));
    }

    /**
     * Starts a node with {@code environment} on top of this JVM's, less any {@code NOTIFY_*} and
     * {@code SERVER_*} variable of its own; its output goes to {@code logFile} too.
     */
    public static NodeProcess start(String name, Map<String, String> environment, Path logFile) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(
                        List.of(java, "-jar", Repository.serverJar().toString()))
                .redirectErrorStream(true)
                .directory(Files.createDirectories(logFile.getParent()).toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("NOTIFY_") || key.startsWith("SERVER_"));
        builder.environment().putAll(environment);
        return new NodeProcess(name, builder.start(), logFile);
    }

    public String name() {
        return name;
    }

    /** The port from the node's "listening on" line; fails with the node's output when it does not come. */
    public int awaitPort(Duration timeout) {
        try {
            return port.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new AssertionError(name + " did not start listening within " + timeout + ":\n" + output(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The port it listens on (once {@link #awaitPort} has returned). */
    public int port() {
        return awaitPort(Duration.ZERO);
    }

    /** Waits for the node to end on its own; returns its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new AssertionError(name + " still running after " + timeout + ":\n" + output());
        }
        pump.join(timeout.toMillis()); // the last lines may still be in the pipe
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook, no close frame, no goodbye to PostgreSQL. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public List<String> lines() {
        return List.copyOf(output);
    }

    public String output() {
        return String.join("\n", output);
    }

    /** Whether the node has logged a line containing {@code text}. */
    public boolean logged(String text) {
        return output.stream().anyMatch(line -> line.contains(text));
    }

    /** SIGTERM, as a service manager stops it: an orderly stop, without waiting for it. */
    public void terminate() {
        process.destroy();
    }

    /** SIGTERM, then SIGKILL if it has not stopped within 15 s. */
    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    kill();
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            RUNNING.remove(process.toHandle());
        }
    }

    private void pump(Path logFile) {
        try (BufferedReader reader =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter log = new PrintWriter(Files.newBufferedWriter(logFile), true)) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
                log.println(line);
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    port.complete(Integer.parseInt(matcher.group(1)));
                }
            }
        } catch (IOException e) {
            output.add("(output closed: " + e + ")");
        }
        port.completeExceptionally(new IllegalStateException(name + " ended before listening"));
    }
}
