package io.wsnotify.bootstrap;

import io.helidon.config.Config;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.MetricsConfig;
import io.wsnotify.adapter.http.HttpAdapter;
import io.wsnotify.adapter.http.RequestObserver;
import io.wsnotify.adapter.simulator.DeviceSimulator;
import io.wsnotify.adapter.websocket.WebSocketAdapter;
import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.live.ConnectionLimit;
import io.wsnotify.bootstrap.observe.DatabaseReadiness;
import io.wsnotify.bootstrap.observe.HttpRequestMeter;
import io.wsnotify.bootstrap.observe.NotifyMeters;
import io.wsnotify.bootstrap.observe.RequestLog;
import io.wsnotify.wire.WireFrame;
import io.wsnotify.wire.WireFrames;
import java.lang.System.Logger.Level;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The running service, wired by constructors from config: SQLite store, core, HTTP + docs +
 * WebSocket on one server, health and metrics, the device simulator and log retention.
 * {@link Main} and the end-to-end tests start it the same way.
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
        RunningParts parts = new RunningParts();
        try {
            RunningStore store = RunningStore.open(settings.store());
            parts.store = store.closer();
            parts.where = store.where();
            NotifyCore<WireFrame> core = NotifyCore.create(
                    store.ports(),
                    settings.core(),
                    new WireFrames(ZoneId.systemDefault(), settings.webSocket().ioLanes()));
            parts.core = core;
            if (settings.seedData() && core.seedData().seedIfEmpty()) {
                LOG.log(Level.INFO, "Seeded the empty database with Device U1..U10 and Task U1..U10");
            }
            MeterRegistry meters = MeterRegistry.create(MetricsConfig.create(config.get("metrics")));
            parts.meters = meters;
            Optional<RequestLog> requestLog = settings.logRequests() ? Optional.of(new RequestLog()) : Optional.empty();
            ConnectionLimit connections =
                    new ConnectionLimit(settings.webSocket().maxConnections());
            HttpAdapter http = new HttpAdapter(
                    core,
                    settings.access(),
                    settings.http().withObserver(observer(new HttpRequestMeter(meters), requestLog)),
                    connections);
            WebSocketAdapter webSocket = new WebSocketAdapter(
                    core.live(), settings.access(), settings.webSocket(), connections, http::releaseThread);
            parts.webSocket = webSocket;
            parts.server = WebServerAssembly.start(
                    config, http, webSocket, new DatabaseReadiness(store.healthy()), meters, requestLog);
            if (!parts.server.isRunning() || parts.server.port() < 0) {
                throw new IllegalStateException("the server could not listen on " + settings.server()
                        + " (is the port in use? choose another with server.port or SERVER_PORT)");
            }
            NotifyMeters notifyMeters = new NotifyMeters(meters);
            parts.notifyMeters = notifyMeters;
            notifyMeters.connections("websocket", webSocket::openConnections);
            notifyMeters.connections("sse", http::openSseStreams);
            notifyMeters.liveStats(core.live().stats());
            notifyMeters.accessRefusals(settings.access().refusals());
            parts.simulator = new DeviceSimulator(core.devices(), settings.simulator(), store.leadership()::isLeader);
            parts.simulator.start();
            parts.retention = new RetentionSchedule(core.notifications()::prune, settings.pruneInterval());
        } catch (RuntimeException | Error e) {
            parts.stop();
            throw e;
        }
        NotifyApplication application = new NotifyApplication(parts);
        ServerAddress address = settings.server();
        LOG.log(
                Level.INFO,
                "Websockets Notify listening on http://{0}:{1,number,#}/ (bound to {2}; database {3}),"
                        + " started in {4,number,#} ms",
                address.shownHost(),
                application.port(),
                address.host(),
                parts.where,
                (System.nanoTime() - begin) / 1_000_000);
        return application;
    }

    /** The port the server listens on (the real one when {@code server.port} is 0). */
    public int port() {
        return parts.server.port();
    }

    /**
     * Stops gracefully: simulator, retention, live connections (WebSocket 1001, SSE ended), the
     * WebSocket adapter, the server, then the database. Safe to call more than once.
     */
    public void stop() {
        synchronized (parts) {
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

    private static RequestObserver observer(HttpRequestMeter meter, Optional<RequestLog> log) {
        if (log.isEmpty()) {
            return meter;
        }
        RequestLog requestLog = log.get();
        return (method, route, status, durationNanos) -> {
            meter.observed(method, route, status, durationNanos);
            requestLog.observed(method, route, status, durationNanos);
        };
    }
}
