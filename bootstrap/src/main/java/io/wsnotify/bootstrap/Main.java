package io.wsnotify.bootstrap;

import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;

/**
 * Starts Websockets Notify: reads application.yaml, environment variables and {@code -D} system
 * properties (highest priority), starts the application and blocks until it is stopped (SIGTERM
 * or Ctrl-C run an orderly stop).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        LogConfig.configureRuntime();
        NotifyApplication application;
        try {
            application = NotifyApplication.start(Config.create());
        } catch (ConfigurationException e) {
            System.err.println("Websockets Notify cannot start: " + e.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            System.err.println("Websockets Notify cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        // Helidon's shutdown hook keeps logging alive while its handlers run, so the stop is logged.
        io.helidon.Main.addShutdownHandler(application::stop);
        application.awaitStop();
    }
}
