package io.wsnotify.adapter.http;

import io.helidon.webserver.http.HttpRouting;
import io.wsnotify.application.AccessPolicy;
import io.wsnotify.application.NotifyCore;

import java.util.Objects;

/**
 * Driving adapter: the REST API, the {@code /events} SSE stream and the dashboard, over Helidon SE.
 *
 * <p>{@link #register} adds, in this order, the filters (request observer, CORS, bearer-token
 * access, body limit), one {@code HttpService} per resource, the dashboard routes and the
 * error mapping (every error as problem+json, for other routes on the same routing too). The
 * OpenAPI document and docs UI are registered separately. For problems also on errors Helidon
 * answers before routing, install {@link ProblemDirectHandler#directHandlers()} on the server.
 *
 * <p>Each {@code /events} stream holds its request thread until it ends; closing the core ends
 * them all (as a shutdown), so close it before stopping the server.
 */
public final class HttpAdapter {
    private final NotifyCore core;
    private final AccessPolicy access;
    private final HttpSettings settings;
    private final EventStreamHttpService events;

    public HttpAdapter(NotifyCore core, AccessPolicy access, HttpSettings settings) {
        this.core = Objects.requireNonNull(core, "core");
        this.access = Objects.requireNonNull(access, "access");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.events = new EventStreamHttpService(core.live(), settings.sseHeartbeat());
    }

    public void register(HttpRouting.Builder routing) {
        routing.addFilter(new ObservingFilter(settings.observer()))
                .addFilter(new CorsFilter(settings.allowedOrigins()))
                .addFilter(new AccessFilter(access))
                .addFilter(new BodyLimitFilter(settings.maxBodyBytes()));
        routing.register(new TaskHttpService(core.tasks()),
                new DeviceHttpService(core.devices()),
                new NotifyHttpService(core.notifications(), core.envelopes()),
                new NotificationHttpService(core.notifications(), core.envelopes()),
                events,
                new DashboardHttpService());
        ErrorMapping.register(routing);
    }

    /** {@code /events} streams open right now. */
    public int openSseStreams() {
        return events.openStreams();
    }
}
