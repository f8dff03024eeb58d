package io.wsnotify.client;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Configures a {@link NotifyClient} and connects it. Only {@link #clientId} is required; each
 * setter checks its value at once (IllegalArgumentException naming the setting). A builder may
 * connect more than one client.
 *
 * <p>Defaults: all topics; the stream starts at the log's newest seq when {@link #connect()} runs;
 * no token; connect timeout 10 s; backoff from 500 ms doubling to 10 s, ±20 % jitter; a
 * {@code {"op":"ping"}} after 45 s without any frame, and a reconnect when nothing comes back
 * within 15 s more.
 */
public final class NotifyClientBuilder {
    private final Endpoints endpoints;
    private String clientId;
    private List<String> topics = List.of();
    private OptionalLong since = OptionalLong.empty();
    private Supplier<String> token = () -> null;
    private Callbacks callbacks = Callbacks.none();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration backoffInitial = Duration.ofMillis(500);
    private Duration backoffMax = Duration.ofSeconds(10);
    private Duration heartbeatIdle = Duration.ofSeconds(45);
    private Duration heartbeatTimeout = Duration.ofSeconds(15);

    NotifyClientBuilder(URI baseUri) {
        this.endpoints = new Endpoints(baseUri);
    }

    /** Required: who this client is, 1–64 characters of {@code [A-Za-z0-9._~-]}. */
    public NotifyClientBuilder clientId(String clientId) {
        this.clientId = Checks.clientId(clientId);
        return this;
    }

    /** Only these topics ({@code [a-z0-9._-]{1,64}} each); none given means all. */
    public NotifyClientBuilder topics(String... topics) {
        this.topics = Arrays.stream(topics).map(Checks::topic).toList();
        return this;
    }

    /**
     * Starts the stream after {@code seq}: every notification with a greater seq is delivered. Use
     * the {@link Snapshot#seq()} of a read to join that snapshot, or a stored
     * {@link NotifyClient#lastSeq()} to resume where an earlier client stopped.
     */
    public NotifyClientBuilder since(long seq) {
        if (seq < 0) {
            throw new IllegalArgumentException("since: must not be negative, was " + seq);
        }
        this.since = OptionalLong.of(seq);
        return this;
    }

    /** A fixed bearer token (subscribe or publish token). */
    public NotifyClientBuilder token(String token) {
        Objects.requireNonNull(token, "token");
        return token(() -> token);
    }

    /** Where the bearer token comes from: asked again at every (re)connect and read, so it may rotate. */
    public NotifyClientBuilder token(Supplier<String> token) {
        this.token = Objects.requireNonNull(token, "token");
        return this;
    }

    /** Called with each notification, in seq order, once per seq. */
    public NotifyClientBuilder onNotification(Consumer<Notification> callback) {
        callbacks = new Callbacks(callback, callbacks.gap(), callbacks.connection(), callbacks.error());
        return this;
    }

    /** Called when the server says notifications were lost to this stream ({@code replay.truncated}/{@code .reset}). */
    public NotifyClientBuilder onGap(Consumer<Gap> callback) {
        callbacks = new Callbacks(callbacks.notification(), callback, callbacks.connection(), callbacks.error());
        return this;
    }

    /** Called with each connect, disconnect and failed attempt, for diagnostics. */
    public NotifyClientBuilder onConnection(Consumer<ConnectionEvent> callback) {
        callbacks = new Callbacks(callbacks.notification(), callbacks.gap(), callback, callbacks.error());
        return this;
    }

    /**
     * Called when a reconnect is refused for good ({@link NotifyException#isFinal}: 401, 403…): the
     * client then stops trying; close it. Before {@link #connect()} returns, it throws instead.
     */
    public NotifyClientBuilder onError(Consumer<NotifyException> callback) {
        callbacks = new Callbacks(callbacks.notification(), callbacks.gap(), callbacks.connection(), callback);
        return this;
    }

    /** How long {@link #connect()} keeps trying to reach the server; also bounds each later attempt and read. */
    public NotifyClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = Checks.positive("connectTimeout", timeout);
        return this;
    }

    /** Reconnect delays: {@code initial} after the first failure, doubling up to {@code max}, ±20 % jitter. */
    public NotifyClientBuilder backoff(Duration initial, Duration max) {
        if (Checks.positive("backoff max", max).compareTo(Checks.positive("backoff initial", initial)) < 0) {
            throw new IllegalArgumentException("backoff: max " + max + " is below initial " + initial);
        }
        this.backoffInitial = initial;
        this.backoffMax = max;
        return this;
    }

    /**
     * Silent-server detection: after {@code idle} without any frame from the server (its pings
     * count), send {@code {"op":"ping"}}; when nothing arrives within {@code timeout}, reconnect.
     */
    public NotifyClientBuilder heartbeat(Duration idle, Duration timeout) {
        this.heartbeatIdle = Checks.positive("heartbeat idle", idle);
        this.heartbeatTimeout = Checks.positive("heartbeat timeout", timeout);
        return this;
    }

    /**
     * Reads {@code path} with the token before connecting, for the snapshot-first handoff: then
     * {@code since(snapshot.seq())} and {@link #connect()}. Throws as {@link NotifyClient#get} does.
     */
    public Snapshot<String> get(String path) {
        try {
            return new HttpReads(HttpClients.create(connectTimeout))
                    .get(endpoints.resource(path), Checks.token(token.get()), connectTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotifyException("interrupted while reading " + path, 0, e);
        }
    }

    /**
     * Connects; returns once the first WebSocket handshake succeeded, after which the client keeps
     * the stream going until {@link NotifyClient#close()}. Throws {@link NotifyException} when the
     * server refuses (401, 403…) or cannot be reached within the connect timeout.
     */
    public NotifyClient connect() {
        if (clientId == null) {
            throw new IllegalStateException("clientId is required: call clientId(...) before connect()");
        }
        return NotifyClient.connect(new ClientSettings(
                endpoints,
                clientId,
                topics,
                since,
                token,
                connectTimeout,
                backoffInitial,
                backoffMax,
                heartbeatIdle,
                heartbeatTimeout,
                callbacks));
    }
}
