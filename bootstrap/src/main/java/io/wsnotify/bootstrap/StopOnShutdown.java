package io.wsnotify.bootstrap;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import sun.misc.Signal;

/**
 * Stops the application on SIGTERM and Ctrl-C, orderly and logged, then exits.
 *
 * <p>The stop runs from a signal handler, before the JVM starts shutting down: a stop run from a
 * shutdown hook races the JVM's own hook that closes logging (JDK-8161253), and its last lines were
 * lost in about one stop in ten. A shutdown hook remains for the other ways a JVM ends
 * ({@code System.exit}, SIGHUP). Installed before the application starts, so a signal that comes
 * during start-up waits for the start, then stops what started.
 */
final class StopOnShutdown {
    /** How long a signal that comes during start-up waits for the start to finish. */
    private static final long START_WAIT_SECONDS = 60;

    private final CompletableFuture<NotifyApplication> application = new CompletableFuture<>();

    /** Handles SIGTERM and SIGINT, and adds the shutdown hook. */
    void install() {
        for (String signal : new String[] {"TERM", "INT"}) {
            Signal.handle(
                    new Signal(signal),
                    received -> Thread.ofPlatform().name("notify-stop").start(this::stopAndExit));
        }
        Runtime.getRuntime()
                .addShutdownHook(Thread.ofPlatform().name("notify-stop-hook").unstarted(this::stop));
    }

    /** The application is up: a later (or pending) signal stops it. */
    void started(NotifyApplication started) {
        application.complete(started);
    }

    /** The application did not start: there is nothing to stop. */
    void startFailed() {
        application.complete(null);
    }

    private void stopAndExit() {
        stop();
        System.exit(0);
    }

    private void stop() {
        try {
            NotifyApplication started = application.get(START_WAIT_SECONDS, TimeUnit.SECONDS);
            if (started != null) {
                started.stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // nothing started that could be stopped in time
        }
    }
}
