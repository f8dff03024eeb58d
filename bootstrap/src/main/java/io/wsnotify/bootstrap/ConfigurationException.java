package io.wsnotify.bootstrap;

/** A setting is missing or malformed; the message names the key, the value and what was expected. */
public final class ConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;

    public ConfigurationException(String key, String problem) {
        super("Invalid configuration '" + key + "': " + problem);
        this.key = key;
    }

    public ConfigurationException(String key, String problem, Throwable cause) {
        super("Invalid configuration '" + key + "': " + problem, cause);
        this.key = key;
    }

    /** The configuration key at fault, such as {@code notify.db.busy-timeout}. */
    public String key() {
        return key;
    }
}
