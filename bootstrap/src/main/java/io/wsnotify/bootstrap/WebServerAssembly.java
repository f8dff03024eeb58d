package io.wsnotify.bootstrap;

import io.helidon.config.Config;
import io.helidon.health.HealthCheck;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import io.wsnotify.adapter.http.HttpAdapter;
import io.wsnotify.adapter.http.docs.ApiDocs;
import io.wsnotify.adapter.websocket.WebSocketAdapter;
import io.wsnotify.bootstrap.observe.HealthSlashRoutes;
import io.wsnotify.bootstrap.observe.RequestLog;
import java.util.List;
import java.util.Optional;

/**
 * Puts the transports on one Helidon server: the REST API, docs, {@code /ws/{client_id}}, health
 * ({@code /observe/health[/live|/ready]}) and Prometheus metrics ({@code /observe/metrics}).
 *
 * <p>Only what is listed here is installed (no service discovery of features, observers or
 * protocols), and Helidon's own shutdown hook is off: {@link NotifyApplication#stop()} stops the
 * server in order. The HTTP adapter owns the HTTP/1 connections and carries the WebSocket
 * adapter's HTTP/1 listener on them.
 */
final class WebServerAssembly {
    private WebServerAssembly() {}

    static WebServer start(
            Config config,
            HttpAdapter http,
            WebSocketAdapter webSocket,
            HealthCheck readiness,
            MeterRegistry meters,
            Optional<RequestLog> requestLog) {
        ObserveFeature observe = ObserveFeature.builder()
                .observersDiscoverServices(false)
                .addObserver(HealthObserver.builder()
                        .useSystemServices(true)
                        .details(true)
                        .addCheck(readiness)
                        .build())
                .addObserver(MetricsObserver.builder().meterRegistry(meters).build())
                .build();
        ApiDocs docs = new ApiDocs();
        return WebServer.builder()
                .config(config.get("server"))
                .shutdownHook(false)
                .featuresDiscoverServices(false)
                .addFeature(observe)
                .update(webSocket::configure)
                .update(server -> http.configure(server, List.of(webSocket.http1Listener())))
                .routing(routing -> http(routing, http, docs, requestLog))
                .build()
                .start();
    }

    private static void http(
            HttpRouting.Builder routing, HttpAdapter http, ApiDocs docs, Optional<RequestLog> requestLog) {
        requestLog.ifPresent(routing::addFilter);
        http.register(routing);
        HealthSlashRoutes.register(routing);
        docs.register(routing);
    }
}
