package io.wsnotify.client.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server as a child JVM running its {@code Main} on this test's class path, for what needs a
 * real process: SIGKILL (no shutdown hook, no close frame) and SIGSTOP (a silent server).
 */
public final class ChildServer implements TestServer {
    private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)");
    private static final Duration START_WITHIN = Duration.ofSeconds(90);

    private final Map<String, String> settings;
    private final ConcurrentLinkedQueue<String> output = new ConcurrentLinkedQueue<>();
    private Process process;
    private int port;

    private ChildServer(Map<String, String> settings) {
        this.settings = settings;
    }

    /** Starts on {@code database} with {@code keyValues} over the same quiet defaults as {@link InProcessServer}. */
    public static ChildServer start(Path database, String... keyValues) throws Exception {
        ChildServer server = new ChildServer(InProcessServer.quiet(database, keyValues));
        server.launch(0);
        return server;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public void start() throws Exception {
        launch(port);
    }

    /** SIGTERM, as a service manager stops it, and waits for the orderly stop. */
    @Override
    public void stop() throws InterruptedException {
        process.destroy();
        awaitExit();
    }

    /** SIGKILL: the process dies at once; clients see their connection drop without a close frame. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGSTOP or SIGCONT: a frozen process keeps its sockets open but answers nothing. */
    public void signal(String name) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
                .inheritIO()
                .start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -" + name + " failed");
        }
    }

    public String output() {
        return String.join("\n", output);
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private void awaitExit() throws InterruptedException {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not exit:\n" + output());
        }
    }

    private void launch(int onPort) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED",
                "-Xshare:auto",
                "-Dserver.port=" + onPort));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.wsnotify.bootstrap.Main"));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Integer> listening = new CompletableFuture<>();
        Process started = process;
        Thread.ofPlatform().daemon().name("server-output").start(() -> pump(started, listening));
        try {
            port = listening.get(START_WITHIN.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            close();
            throw new AssertionError("the server did not start within " + START_WITHIN + ":\n" + output(), e);
        }
    }

    private void pump(Process from, CompletableFuture<Integer> listening) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(from.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    listening.complete(Integer.parseInt(matcher.group(1)));
                }
            }
        } catch (IOException e) {
            output.add("(output closed: " + e + ")");
        }
        listening.completeExceptionally(new IllegalStateException("the server exited before listening"));
    }
}
