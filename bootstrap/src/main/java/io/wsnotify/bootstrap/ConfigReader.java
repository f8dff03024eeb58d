package io.wsnotify.bootstrap;

import io.helidon.config.Config;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Typed reads of the application's settings. Every value must be present (application.yaml holds
 * the defaults) and well-formed, else a {@link ConfigurationException} names the key.
 *
 * <p>A list may also be given as one comma-separated string, which is how environment variables and
 * system properties override it.
 */
final class ConfigReader {
    private final Config root;

    ConfigReader(Config root) {
        this.root = root;
    }

    String string(String key) {
        return raw(key).orElseThrow(() -> new ConfigurationException(key, "is missing"));
    }

    /** A string that may be empty; empty or absent gives an empty Optional. */
    Optional<String> optionalString(String key) {
        return raw(key).map(String::strip).filter(value -> !value.isEmpty());
    }

    boolean bool(String key) {
        String value = string(key).strip();
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new ConfigurationException(key, "'" + value + "' is not true or false");
    }

    long positiveLong(String key) {
        String value = string(key).strip();
        try {
            long number = Long.parseLong(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ConfigurationException(key, "'" + value + "' is not a positive whole number");
    }

    int positiveInt(String key) {
        long number = positiveLong(key);
        if (number > Integer.MAX_VALUE) {
            throw new ConfigurationException(key, number + " is larger than " + Integer.MAX_VALUE);
        }
        return (int) number;
    }

    /** A whole number that may be left empty. */
    OptionalLong optionalLong(String key) {
        Optional<String> value = optionalString(key);
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.get()));
        } catch (NumberFormatException e) {
            throw new ConfigurationException(key, "'" + value.get() + "' is not a whole number (or leave it empty)");
        }
    }

    Duration positiveDuration(String key) {
        String value = string(key).strip();
        try {
            Duration duration = Duration.parse(value);
            if (!duration.isNegative() && !duration.isZero()) {
                return duration;
            }
        } catch (DateTimeParseException ignored) {
            // reported below
        }
        throw new ConfigurationException(key, "'" + value + "' is not a positive ISO-8601 duration such as PT30S");
    }

    /** A list of non-blank strings, from a YAML list or one comma-separated value. */
    List<String> list(String key) {
        Config node = root.get(key);
        List<String> items = node.hasValue()
                ? Arrays.asList(node.asString().get().split(","))
                : node.asList(String.class).orElseThrow(() -> new ConfigurationException(key, "is missing"));
        List<String> cleaned = items.stream()
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
        if (cleaned.isEmpty()) {
            throw new ConfigurationException(key, "must name at least one value");
        }
        return cleaned;
    }

    private Optional<String> raw(String key) {
        Config node = root.get(key);
        if (!node.exists()) {
            return Optional.empty();
        }
        if (!node.hasValue()) {
            throw new ConfigurationException(key, "must be a single value, not a list or section");
        }
        return node.asString().asOptional();
    }
}
