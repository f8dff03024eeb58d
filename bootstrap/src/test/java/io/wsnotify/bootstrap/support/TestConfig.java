package io.wsnotify.bootstrap.support;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** application.yaml with overrides on top, and nothing from this machine's environment. */
public final class TestConfig {
    private TestConfig() {}

    /** A quiet node on a random loopback port over {@code database}: simulator and request log off. */
    public static Map<String, String> quiet(Path database) {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("server.port", "0");
        overrides.put("server.host", "127.0.0.1");
        overrides.put("notify.db.path", database.toString());
        overrides.put("notify.simulator.enabled", "false");
        overrides.put("notify.log-requests", "false");
        return overrides;
    }

    public static Config of(Map<String, String> overrides) {
        return Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(Map.copyOf(overrides)), ConfigSources.classpath("application.yaml"))
                .build();
    }

    public static Config with(Map<String, String> base, String... keyValues) {
        Map<String, String> all = new HashMap<>(base);
        for (int i = 0; i < keyValues.length; i += 2) {
            all.put(keyValues[i], keyValues[i + 1]);
        }
        return of(all);
    }
}
