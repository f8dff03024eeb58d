package io.wsnotify.adapter.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The {@code initdb} and {@code pg_ctl} commands of one throwaway cluster in {@code directory}: the
 * data in {@code data/}, the server log in {@code server.log}, the Unix socket beside them. As root
 * every command runs as the {@code postgres} user through {@code runuser}.
 */
final class ClusterCommands {
    private static final long COMMAND_TIMEOUT_SECONDS = 60;

    private final Path bin;
    private final Path directory;

    private ClusterCommands(Path bin, Path directory) {
        this.bin = bin;
        this.directory = directory;
    }

    /** Commands for a cluster in a new temporary directory, owned by {@code owner} when run as root. */
    static ClusterCommands inNewDirectory(Path bin, String owner) throws IOException {
        Path directory = Files.createTempDirectory("wsnotify-pg-");
        if (runsAsRoot()) {
            Files.setOwner(
                    directory,
                    directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(owner));
        }
        return new ClusterCommands(bin, directory);
    }

    static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    void initdb(String superuser) {
        run(List.of(
                bin.resolve("initdb").toString(),
                "-D",
                data(),
                "-A",
                "trust",
                "-U",
                superuser,
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync"));
    }

    /** Starts the server on 127.0.0.1:{@code port} and waits until it accepts connections. */
    void start(int port) {
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + directory
                + " -c max_connections=300 -c fsync=off -c full_page_writes=off -c synchronous_commit=off";
        run(List.of(
                bin.resolve("pg_ctl").toString(),
                "-D",
                data(),
                "-l",
                directory.resolve("server.log").toString(),
                "-o",
                options,
                "-w",
                "-t",
                "60",
                "start"));
    }

    /** Stops the server in the given shutdown mode ({@code fast} or {@code immediate}). */
    void stop(String mode) {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", mode, "-w", "-t", "60", "stop"));
    }

    void deleteCluster() {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            System.getLogger(ClusterCommands.class.getName())
                    .log(
                            System.Logger.Level.WARNING,
                            "Could not delete the throwaway PostgreSQL cluster in " + directory,
                            e);
        }
    }

    private String data() {
        return directory.resolve("data").toString();
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (runsAsRoot()) {
            full.addAll(List.of("runuser", "-u", PostgresServer.SUPERUSER, "--"));
        }
        full.addAll(command);
        try {
            Path output = Files.createTempFile("pg-command-", ".txt");
            try {
                Process process = new ProcessBuilder(full)
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start();
                if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("Timed out: " + String.join(" ", full));
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("Failed (exit " + process.exitValue() + "): "
                            + String.join(" ", full) + "\n" + Files.readString(output) + serverLog());
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + String.join(" ", full), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", full), e);
        }
    }

    private String serverLog() throws IOException {
        Path log = directory.resolve("server.log");
        return Files.exists(log) ? "server log:\n" + Files.readString(log) : "";
    }
}
