package io.wsnotify.bootstrap;

import io.helidon.config.Config;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.MetricsConfig;
import io.helidon.webserver.WebServer;
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

/**
 * Wires the parts of a node by constructors, one small factory method each, into {@link RunningParts}.
 * If a part fails to start, the ones started before it are stopped and the failure is thrown.
 */
final class ApplicationAssembly {
    private static final System.Logger LOG = System.getLogger(ApplicationAssembly.class.getName());

    private final Config config;
    private final ApplicationSettings settings;
    private final StartedParts started = new StartedParts();

    private ApplicationAssembly(Config config, ApplicationSettings settings) {
        this.config = config;
        this.settings = settings;
    }

    /** Starts every part; nothing is left running when this throws. */
    static RunningParts start(Config config, ApplicationSettings settings) {
        ApplicationAssembly assembly = new ApplicationAssembly(config, settings);
        try {
            return assembly.parts();
        } catch (RuntimeException | Error e) {
            assembly.started.stopAll();
            throw e;
        }
    }

    private RunningParts parts() {
        RunningStore store = started.add("database", RunningStore.open(settings.store()));
        NotifyCore<WireFrame> core = started.add("live delivery", core(store));
        MeterRegistry meters = MeterRegistry.create(MetricsConfig.create(config.get("metrics")));
        started.stopsWith("metrics", meters::close);
        Optional<RequestLog> requestLog = settings.logRequests() ? Optional.of(new RequestLog()) : Optional.empty();
        ConnectionLimit connections = new ConnectionLimit(settings.webSocket().maxConnections());
        HttpAdapter http = http(core, meters, requestLog, connections);
        WebSocketAdapter webSocket = started.add(
                "WebSocket adapter",
                new WebSocketAdapter(
                        core.live(), settings.access(), settings.webSocket(), connections, http::releaseThread));
        WebServer server = server(store, http, webSocket, meters, requestLog);
        NotifyMeters notifyMeters = started.add("service meters", notifyMeters(meters, core, http, webSocket));
        DeviceSimulator simulator = started.add(
                "device simulator",
                new DeviceSimulator(core.devices(), settings.simulator(), store.leadership()::isLeader));
        simulator.start();
        RetentionSchedule retention = started.add(
                "log retention", new RetentionSchedule(core.notifications()::prune, settings.pruneInterval()));
        return new RunningParts(store, core, meters, notifyMeters, webSocket, server, simulator, retention);
    }

    private NotifyCore<WireFrame> core(RunningStore store) {
        NotifyCore<WireFrame> core = NotifyCore.create(
                store.ports(),
                settings.core(),
                new WireFrames(ZoneId.systemDefault(), settings.webSocket().ioLanes()));
        if (settings.seedData() && core.seedData().seedIfEmpty()) {
            LOG.log(Level.INFO, "Seeded the empty database with Device U1..U10 and Task U1..U10");
        }
        return core;
    }

    private HttpAdapter http(
            NotifyCore<WireFrame> core,
            MeterRegistry meters,
            Optional<RequestLog> requestLog,
            ConnectionLimit connections) {
        RequestObserver observer = observer(new HttpRequestMeter(meters), requestLog);
        return new HttpAdapter(core, settings.access(), settings.http().withObserver(observer), connections);
    }

    private WebServer server(
            RunningStore store,
            HttpAdapter http,
            WebSocketAdapter webSocket,
            MeterRegistry meters,
            Optional<RequestLog> requestLog) {
        WebServer server = WebServerAssembly.start(
                config, http, webSocket, new DatabaseReadiness(store.healthy()), meters, requestLog);
        started.stopsWith("web server", server::stop);
        if (!server.isRunning() || server.port() < 0) {
            throw new IllegalStateException("the server could not listen on " + settings.server()
                    + " (is the port in use? choose another with server.port or SERVER_PORT)");
        }
        return server;
    }

    private NotifyMeters notifyMeters(
            MeterRegistry meters, NotifyCore<WireFrame> core, HttpAdapter http, WebSocketAdapter webSocket) {
        NotifyMeters notifyMeters = new NotifyMeters(meters);
        notifyMeters.connections("websocket", webSocket::openConnections);
        notifyMeters.connections("sse", http::openSseStreams);
        notifyMeters.liveStats(core.live().stats());
        notifyMeters.accessRefusals(settings.access().refusals());
        return notifyMeters;
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
