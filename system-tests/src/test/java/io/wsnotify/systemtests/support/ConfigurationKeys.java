package io.wsnotify.systemtests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.Yaml;

/**
 * The server's configuration keys, read from bootstrap's application.yaml (which holds every default),
 * and the environment variable of each: the key upper-cased, with '.' and '-' as '_'.
 */
public final class ConfigurationKeys {
    public static final String APPLICATION_YAML = "bootstrap/src/main/resources/application.yaml";

    private ConfigurationKeys() {}

    /** Every leaf key, such as {@code notify.postgres.pool-size}. */
    public static Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        collect("", load(), keys);
        return keys;
    }

    /** The environment variable that overrides {@code key}. */
    public static String environmentVariable(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The default of {@code key} in application.yaml, as text. */
    public static String defaultOf(String key) {
        Object node = load();
        for (String part : key.split("\\.")) {
            node = ((Map<?, ?>) node).get(part);
        }
        return String.valueOf(node);
    }

    private static void collect(String prefix, Map<?, ?> node, Set<String> keys) {
        node.forEach((name, value) -> {
            String key = prefix.isEmpty() ? name.toString() : prefix + "." + name;
            if (value instanceof Map<?, ?> child) {
                collect(key, child, keys);
            } else {
                keys.add(key);
            }
        });
    }

    private static Map<?, ?> load() {
        try {
            return new Yaml().load(Files.readString(Repository.file(APPLICATION_YAML)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
