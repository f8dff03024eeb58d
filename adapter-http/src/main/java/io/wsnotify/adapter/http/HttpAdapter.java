package io.wsnotify.adapter.http;

import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http1.Http1Config;
import io.helidon.webserver.http1.Http1ConnectionListener;
import io.wsnotify.application.AccessPolicy;
import io.wsnotify.application.NotifyCore;
import io.wsnotify.application.live.ConnectionLimit;
import io.wsnotify.wire.EnvelopeJson;
import io.wsnotify.wire.WireFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Driving adapter: the REST API, the {@code /events} SSE stream and the dashboard, over Helidon SE.
 *
 * <p>Wiring takes two calls on the server builder:
 * {@code WebServer.builder().update(http::configure).routing(http::register)}.
 * {@link #configure} installs what the server itself needs: its HTTP/1.1 connections (under the
 * header timeout; HTTP/1.0 answered 505), with the adapter's HTTP/1 listeners and those of other
 * adapters it is given, and problem+json answers for the errors Helidon handles before any route
 * runs (malformed request line or query, oversized payload, HTTP version). The server must get
 * no other HTTP/1 protocol configuration ({@code addProtocol(Http1Config)}): a second HTTP/1
 * selector would take connections past the header timeout.
 * {@link #register} adds, in this order, the filters (answer tracking, connection close, request
 * observer, HEAD served as GET, CORS, encoded-slash refusal, bearer-token access, body limit), one
 * {@code HttpService} per resource, the dashboard routes and the error mapping (every error as
 * problem+json, for other routes on the same routing too). The OpenAPI document and docs UI are
 * registered separately; HEAD works on them too.
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
    public HttpAdapter(
            NotifyCore<WireFrame> core, AccessPolicy access, HttpSettings settings, ConnectionLimit connections) {
        this.core = Objects.requireNonNull(core, "core");
        this.access = Objects.requireNonNull(access, "access");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.events = new EventStreamHttpService(
                core.live(), this.access, settings.sseHeartbeat(), Objects.requireNonNull(connections, "connections"));
    }

    /** Installs what the adapter needs on the server itself: {@code builder.update(http::configure)}. */
    public void configure(WebServerConfig.Builder server) {
        configure(server, List.of());
    }

    /**
     * Installs what the adapter needs on the server itself, with {@code receiveListeners} of other
     * adapters (such as the WebSocket one's) on the HTTP/1 connections too. Turns off the discovery
     * of protocol configurations: protocols the server needs besides HTTP/1 (WebSocket) are added
     * explicitly.
     */
    public void configure(WebServerConfig.Builder server, List<Http1ConnectionListener> receiveListeners) {
        List<Http1ConnectionListener> received = new ArrayList<>(List.of(connectionListener, new HeadEvents()));
        received.addAll(receiveListeners);
        Http1Config http1 = Http1Config.builder()
                .addReceiveListener(new Http1Listeners(received))
                .addSendListener(new HeadAnswers())
                .build();
        server.directHandlers(ProblemDirectHandler.directHandlers())
                .errorHandling(ProblemDirectHandler.errorHandling())
                .protocolsDiscoverServices(false)
                .addConnectionSelector(new Http1Connections(http1, new HeadDeadlines(settings.headerTimeout())));
    }

    /**
     * For a protocol upgraded from one of this adapter's connections and served off Helidon's
     * threads (the WebSocket transport's I/O lanes): once its {@code handle} returns, Helidon's
     * thread for the connection ends without closing the socket, which the upgraded connection
     * closes itself. Call from {@code handle}, just before returning. False when that cannot be
     * (not this adapter's connection, or a Helidon without the means): then keep the thread until
     * the connection ends, as Helidon expects.
     */
    public boolean releaseThread(ConnectionContext ctx) {
        if (ctx instanceof GuardedContext guarded && SocketHandover.isAvailable()) {
            guarded.handOverSocket();
            return true;
        }
        return false;
    }

    public void register(HttpRouting.Builder routing) {
        routing.addFilter(new AnsweredFilter())
                .addFilter(new ConnectionCloseFilter())
                .addFilter(new ObservingFilter(settings.observer()))
                .addFilter(new HeadRequests())
                .addFilter(new CorsFilter(settings.allowedOrigins()))
                .addFilter(new EncodedSlashFilter())
                .addFilter(new AccessFilter(access))
                .addFilter(new BodyLimitFilter(settings.maxBodyBytes()));
        routing.head(ApiPaths.withOptionalSlash(ApiPaths.EVENTS), new EventStreamHead());
        EnvelopeJson envelopes = new EnvelopeJson(core.zone());
        routing.register(
                new TaskHttpService(core.tasks()),
                new DeviceHttpService(core.devices()),
                new NotifyHttpService(core.notifications(), envelopes),
                new NotificationHttpService(core.notifications(), envelopes, access),
                events,
                new WebSocketPathHttpService(),
                new DashboardHttpService(),
                new GetOnlyPaths(GetOnlyPaths.OBSERVE));
        ErrorMapping.register(routing);
    }

    /** {@code /events} streams open right now. */
    public int openSseStreams() {
        return events.openStreams();
    }
}
