package io.wsnotify.systemtests.support;

import io.wsnotify.testsupport.Await;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's nginx running the shipped deploy/nginx.conf ({@link NginxConfig}, only the ports changed) in
 * the foreground, with a temporary prefix for its pid and temporary files and its log in a file.
 */
public final class NginxProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path prefix;
    private final Path log;

    private NginxProcess(Process process, int port, Path prefix, Path log) {
        this.process = process;
        this.port = port;
        this.prefix = prefix;
        this.log = log;
    }

    /** Starts nginx on a free port in front of {@code nodePorts}; returns once it accepts connections. */
    public static NginxProcess start(List<Integer> nodePorts, Path logDirectory) {
        NginxBinary.require();
        int port = FreePort.pick();
        try {
            Path prefix = Files.createTempDirectory("wsnotify-nginx-");
            // As root nginx's workers run as nobody: they must reach the temporary files under the prefix.
            Files.setPosixFilePermissions(prefix, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path config = Files.writeString(prefix.resolve("nginx.conf"), NginxConfig.withPorts(port, nodePorts));
            Path log = Files.createDirectories(logDirectory).resolve("nginx.log");
            Process process = new ProcessBuilder(
                            NginxBinary.PATH,
                            "-p",
                            prefix.toString(),
                            "-c",
                            config.toString(),
                            "-e",
                            "stderr",
                            "-g",
                            "daemon off;")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            NginxProcess nginx = new NginxProcess(process, port, prefix, log);
            nginx.awaitAccepting(Duration.ofSeconds(20));
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start nginx", e);
        }
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no nginx log: " + e + ")";
        }
    }

    /**
     * A graceful stop (SIGTERM, nginx's fast shutdown), then SIGKILL if it takes longer than 10 s; the
     * prefix's files are deleted.
     */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(prefix)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            System.err.println("Could not delete nginx's prefix " + prefix + ": " + e);
        }
    }

    private void awaitAccepting(Duration timeout) {
        Await.until("nginx accepts connections on " + port + " (log: " + log + ")", timeout, () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx ended with exit code " + process.exitValue() + ":\n" + log());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
    }
}
