package io.wsnotify.bootstrap;

import io.helidon.config.Config;
import java.lang.System.Logger.Level;
import java.util.concurrent.CountDownLatch;

/**
 * The running service: its parts (store, core, HTTP + docs + WebSocket on one server, health and
 * metrics, the device simulator and log retention) wired from config by {@link ApplicationAssembly},
 * and their stop. {@link Main} and the end-to-end tests start it the same way.
 */
public final class NotifyApplication {
    private static final System.Logger LOG = System.getLogger(NotifyApplication.class.getName());

    private final RunningParts parts;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private NotifyApplication(RunningParts parts) {
        this.parts = parts;
    }

    /**
     * Starts everything from {@code config} (a {@link Config} with the keys of application.yaml).
     *
     * @throws ConfigurationException when a setting is missing or malformed (nothing is left running)
     */
    public static NotifyApplication start(Config config) {
        long begin = System.nanoTime();
        ApplicationSettings settings = ApplicationSettings.read(config);
        AccessWarnings.log(settings.access(), settings.signedTokens());
        NotifyApplication application = new NotifyApplication(ApplicationAssembly.start(config, settings));
        ServerAddress address = settings.server();
        LOG.log(
                Level.INFO,
                "Websockets Notify listening on http://{0}:{1,number,#}/ (bound to {2}; database {3}),"
                        + " started in {4,number,#} ms",
                address.shownHost(),
                application.port(),
                address.host(),
                application.parts.store().where(),
                (System.nanoTime() - begin) / 1_000_000);
        return application;
    }

    /** The port the server listens on (the real one when {@code server.port} is 0). */
    public int port() {
        return parts.server().port();
    }

    /**
     * Stops gracefully: simulator, retention, live connections (WebSocket 1001, SSE ended), the
     * WebSocket adapter, the server, then the database. Safe to call more than once.
     */
    public void stop() {
        synchronized (stopped) {
            if (stopped.getCount() == 0) {
                return;
            }
            LOG.log(Level.INFO, "Websockets Notify stopping");
            parts.stop();
            stopped.countDown();
        }
        LOG.log(Level.INFO, "Websockets Notify stopped");
    }

    /** Blocks until {@link #stop()} has finished. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }
}
