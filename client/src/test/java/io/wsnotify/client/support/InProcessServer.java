package io.wsnotify.client.support;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.wsnotify.bootstrap.NotifyApplication;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The server started in this JVM as its {@code main} starts it ({@link NotifyApplication#start}):
 * application.yaml with the test's overrides on top, a SQLite file in the test's directory, the
 * simulator, seed data and request log off, a random loopback port that restarts keep.
 */
public final class InProcessServer implements TestServer {
    private final Map<String, String> settings;
    private NotifyApplication application;
    private int port;

    private InProcessServer(Map<String, String> settings) {
        this.settings = settings;
    }

    /** Starts on {@code database} with {@code keyValues} (key, value, key, value…) over the quiet defaults. */
    public static InProcessServer start(Path database, String... keyValues) {
        InProcessServer server = new InProcessServer(quiet(database, keyValues));
        server.startOn("0");
        return server;
    }

    static Map<String, String> quiet(Path database, String... keyValues) {
        Map<String, String> settings = new HashMap<>();
        settings.put("server.host", "127.0.0.1");
        settings.put("notify.db.path", database.toString());
        settings.put("notify.simulator.enabled", "false");
        settings.put("notify.seed-data", "false");
        settings.put("notify.log-requests", "false");
        for (int i = 0; i < keyValues.length; i += 2) {
            settings.put(keyValues[i], keyValues[i + 1]);
        }
        return settings;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public void start() {
        startOn(Integer.toString(port));
    }

    @Override
    public void stop() {
        if (application != null) {
            application.stop();
            application = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void startOn(String serverPort) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("server.port", serverPort);
        application = NotifyApplication.start(Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(Map.copyOf(all)), ConfigSources.classpath("application.yaml"))
                .build());
        port = application.port();
    }
}
