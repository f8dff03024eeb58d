package io.wsnotify.adapter.http;

import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http1.Http1ConnectionListener;
import io.wsnotify.application.AccessPolicy;
import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.live.ConnectionLimit;
import io.wsnotify.wire.WireFrame;

import java.util.Objects;

/**
 * Driving adapter: the REST API, the {@code /events} SSE stream and the dashboard, over Helidon SE.
 *
 * <p>Wiring takes three calls on the server builder:
 * {@code WebServer.builder().update(http::configure).routing(http::register)}, and the server's
 * HTTP/1 configuration carries {@link #connectionListener()}.
 * {@link #configure} installs what the server itself needs: problem+json answers for the errors
 * Helidon handles before any route runs (malformed request line or query, oversized payload).
 * {@link #register} adds, in this order, the filters (connection close, request observer, CORS, encoded-slash
 * refusal, bearer-token access, body limit), one {@code HttpService} per resource, the dashboard
 * routes and the error mapping (every error as problem+json, for other routes on the same
 * routing too). The OpenAPI document and docs UI are registered separately.
 *
 * <p>Each {@code /events} stream holds its request thread until it ends; closing the core ends
 * them all (as a shutdown), so close it before stopping the server.
 */
public final class HttpAdapter {
    private final NotifyCore<WireFrame> core;
    private final AccessPolicy access;
    private final HttpSettings settings;
    private final EventStreamHttpService events;
    private final CurrentConnection connectionListener = new CurrentConnection();

    /**
     * The adapter over {@code core}, guarded by {@code access}; {@code /events} streams count
     * against {@code connections}, the node's limit shared with the WebSocket transport.
     */
    public HttpAdapter(NotifyCore<WireFrame> core, AccessPolicy access, HttpSettings settings,
                       ConnectionLimit connections) {
        this.core = Objects.requireNonNull(core, "core");
        this.access = Objects.requireNonNull(access, "access");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.events = new EventStreamHttpService(core.live(), this.access, settings.sseHeartbeat(),
                Objects.requireNonNull(connections, "connections"));
    }

    /** Installs what the adapter needs on the server itself: {@code builder.update(http::configure)}. */
    public void configure(WebServerConfig.Builder server) {
        server.directHandlers(ProblemDirectHandler.directHandlers());
    }

    public void register(HttpRouting.Builder routing) {
        routing.addFilter(new ConnectionCloseFilter())
                .addFilter(new ObservingFilter(settings.observer()))
                .addFilter(new CorsFilter(settings.allowedOrigins()))
                .addFilter(new EncodedSlashFilter())
                .addFilter(new AccessFilter(access))
                .addFilter(new BodyLimitFilter(settings.maxBodyBytes()));
        routing.register(new TaskHttpService(core.tasks()),
                new DeviceHttpService(core.devices()),
                new NotifyHttpService(core.notifications(), core.envelopes()),
                new NotificationHttpService(core.notifications(), core.envelopes(), access),
                events,
                new DashboardHttpService());
        ErrorMapping.register(routing);
    }

    /**
     * The listener the server's HTTP/1 configuration must carry
     * ({@code Http1Config.builder().addReceiveListener(http.connectionListener())}): it lets routes
     * reach the connection a request came on, to read a chunked body.
     */
    public Http1ConnectionListener connectionListener() {
        return connectionListener;
    }

    /** {@code /events} streams open right now. */
    public int openSseStreams() {
        return events.openStreams();
    }
}
