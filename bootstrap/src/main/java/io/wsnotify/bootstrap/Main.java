package io.wsnotify.bootstrap;

import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;
import java.time.InstantSource;
import java.util.Arrays;

/**
 * Starts Websockets Notify: reads application.yaml, environment variables and {@code -D} system
 * properties (highest priority), starts the application and blocks until it is stopped (SIGTERM
 * or Ctrl-C run an orderly stop). With {@code token …} as arguments it mints a signed token instead
 * ({@link TokenCommand}).
 */
public final class Main {
    private static final String USAGE = "Usage: java -jar websockets-notify.jar            start the server\n"
            + "       java -jar websockets-notify.jar token ...  print a signed token (token --help)";

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.exit(command(args));
            return;
        }
        LogConfig.configureRuntime();
        StopOnShutdown stopOnShutdown = new StopOnShutdown();
        stopOnShutdown.install();
        NotifyApplication application;
        try {
            application = NotifyApplication.start(Config.create());
        } catch (ConfigurationException e) {
            stopOnShutdown.startFailed();
            System.err.println("Websockets Notify cannot start: " + e.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            stopOnShutdown.startFailed();
            System.err.println("Websockets Notify cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        stopOnShutdown.started(application);
        application.awaitStop();
    }

    /** Runs the command {@code args} names; returns its exit code. */
    private static int command(String[] args) {
        switch (args[0]) {
            case "token":
                return TokenCommand.run(
                        Arrays.asList(args).subList(1, args.length),
                        Config.create(),
                        InstantSource.system(),
                        System.out,
                        System.err);
            case "--help", "-h", "help":
                System.out.println(USAGE);
                return 0;
            default:
                System.err.println("Unknown command '" + args[0] + "': run without arguments to start the server,"
                        + " or 'token --help'");
                return 2;
        }
    }
}
