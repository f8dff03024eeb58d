package io.wsnotify.bootstrap.browser;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.wsnotify.bootstrap.NotifyApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Test fixture: the whole application started the way {@code Main} starts it, on a loopback port
 * chosen up front (so a restart comes back on the same address) over one SQLite file, with the
 * seed data and without the device simulator (only the test changes anything), plus any
 * settings a test adds (tokens, a JWT secret).
 */
final class DashboardServer implements AutoCloseable {
    private final int port;
    private final Path database;
    private Map<String, String> settings;
    private NotifyApplication running;

    private DashboardServer(int port, Path database, Map<String, String> settings) {
        this.port = port;
        this.database = database;
        this.settings = Map.copyOf(settings);
    }

    /** Starts a node on a free port over {@code database} (created and seeded when absent). */
    static DashboardServer start(Path database) {
        return start(database, Map.of());
    }

    /** The same, with {@code settings} (configuration keys) on top of the fixture's own. */
    static DashboardServer start(Path database, Map<String, String> settings) {
        DashboardServer server = new DashboardServer(freePort(), database, settings);
        server.restart();
        return server;
    }

    /** The dashboard's address, {@code http://127.0.0.1:<port>}. */
    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    /** Stops the node gracefully (live connections are closed with 1001). */
    void stop() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    /** Starts the node again on the same port and database; stops it first when it runs. */
    void restart() {
        stop();
        running = NotifyApplication.start(config());
        if (running.port() != port) {
            throw new IllegalStateException("started on port " + running.port() + " instead of " + port);
        }
    }

    /** Starts the node again on the same port and database, with {@code settings} instead of the earlier ones. */
    void restart(Map<String, String> newSettings) {
        settings = Map.copyOf(newSettings);
        restart();
    }

    @Override
    public void close() {
        stop();
    }

    private Config config() {
        Map<String, String> overrides = new HashMap<>(settings);
        overrides.putAll(Map.of(
                "server.port", String.valueOf(port),
                "server.host", "127.0.0.1",
                "notify.db.path", database.toString(),
                "notify.seed-data", "true",
                "notify.simulator.enabled", "false",
                "notify.log-requests", "false"));
        return Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(overrides), ConfigSources.classpath("application.yaml"))
                .build();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }
}
