package io.wsnotify.client;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Configures a {@link NotifyClient} and connects it. Only {@link #clientId} is required. Each
 * setter checks its value at once (IllegalArgumentException naming the setting). A builder may
 * connect more than one client.
 *
 * <p>Defaults: all topics; the stream starts at the log's newest seq when {@link #connect()} runs;
 * no token; connect timeout 10 s; backoff from 500 ms doubling to 10 s, ±20 % jitter; a
 * {@code {"op":"ping"}} after 45 s without any frame, and a reconnect when nothing comes back
 * within 15 s more.
 */
public final class NotifyClientBuilder {
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._~-]{1,64}");
    private static final Pattern TOPIC = Pattern.compile("[a-z0-9._-]{1,64}");

    private final Endpoints endpoints;
    private String clientId;
    private List<String> topics = List.of();
    private OptionalLong since = OptionalLong.empty();
    private Supplier<String> token = () -> null;
    private Consumer<Notification> onNotification = n -> { };
    private Consumer<Gap> onGap = g -> { };
    private Consumer<ConnectionEvent> onConnection = e -> { };
    private Consumer<NotifyException> onError = e -> { };
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
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            throw new IllegalArgumentException("clientId: must be 1-64 characters of [A-Za-z0-9._~-], was " + clientId);
        }
        this.clientId = clientId;
        return this;
    }

    /** Only these topics ({@code [a-z0-9._-]{1,64}} each); none given means all. */
    public NotifyClientBuilder topics(String... topics) {
        List<String> checked = new ArrayList<>();
        for (String topic : Arrays.asList(topics)) {
            if (topic == null || !TOPIC.matcher(topic).matches()) {
                throw new IllegalArgumentException("topics: each must be 1-64 characters of [a-z0-9._-], was " + topic);
            }
            checked.add(topic);
        }
        this.topics = List.copyOf(checked);
        return this;
    }

    /**
     * Starts the stream after {@code seq}: every notification with a greater seq is delivered.
     * Use the {@link Snapshot#seq()} of a read to join that snapshot, or a stored
     * {@link NotifyClient#lastSeq()} to resume where a previous client stopped.
     */
    public NotifyClientBuilder since(long seq) {
        if (seq < 0) {
            throw new IllegalArgumentException("since: must not be negative, was " + seq);
        }
        this.since = OptionalLong.of(seq);
        return this;
    }

    /** A fixed bearer token (subscribe or publish token, or a JWT). */
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
        this.onNotification = Objects.requireNonNull(callback, "onNotification");
        return this;
    }

    /** Called when the server says notifications were lost to this stream ({@code replay.truncated}/{@code .reset}). */
    public NotifyClientBuilder onGap(Consumer<Gap> callback) {
        this.onGap = Objects.requireNonNull(callback, "onGap");
        return this;
    }

    /** Called with each connect, disconnect and failed attempt, for diagnostics. */
    public NotifyClientBuilder onConnection(Consumer<ConnectionEvent> callback) {
        this.onConnection = Objects.requireNonNull(callback, "onConnection");
        return this;
    }

    /**
     * Called when a reconnect is refused for good (401, 403, or another final 4xx): the client then
     * stops; close it. Failures before {@link #connect()} returns are thrown by it instead.
     */
    public NotifyClientBuilder onError(Consumer<NotifyException> callback) {
        this.onError = Objects.requireNonNull(callback, "onError");
        return this;
    }

    /** How long {@link #connect()} keeps trying to reach the server, and the bound on each attempt and read. */
    public NotifyClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = positive("connectTimeout", timeout);
        return this;
    }

    /** Reconnect delays: {@code initial} after the first failure, doubling up to {@code max}, with ±20 % jitter. */
    public NotifyClientBuilder backoff(Duration initial, Duration max) {
        positive("backoff initial", initial);
        if (positive("backoff max", max).compareTo(initial) < 0) {
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
        this.heartbeatIdle = positive("heartbeat idle", idle);
        this.heartbeatTimeout = positive("heartbeat timeout", timeout);
        return this;
    }

    /**
     * Reads {@code path} before connecting (snapshot first): then {@code since(snapshot.seq())} and
     * {@link #connect()} deliver exactly the changes after the snapshot. Uses this builder's token.
     *
     * @throws NotifyException when the server answers other than 2xx, without {@code Notify-Seq},
     *                         or cannot be reached within the connect timeout
     */
    public Snapshot<String> get(String path) {
        try {
            String current = token.get();
            return new HttpReads(HttpClients.create(connectTimeout))
                    .get(endpoints.resource(path), current == null || current.isEmpty() ? null : current, connectTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotifyException("interrupted while reading " + path, 0, e);
        }
    }

    /**
     * Connects, and returns once the first WebSocket handshake succeeded. The client then keeps the
     * stream open until {@link NotifyClient#close()}.
     *
     * @throws NotifyException when the server refuses (401, 403…) or cannot be reached within the
     *                         connect timeout
     * @throws IllegalStateException when no client id was set
     */
    public NotifyClient connect() {
        if (clientId == null) {
            throw new IllegalStateException("clientId is required: call clientId(...) before connect()");
        }
        return NotifyClient.connect(new ClientSettings(endpoints, clientId, topics, since, token, connectTimeout,
                backoffInitial, backoffMax, heartbeatIdle, heartbeatTimeout,
                new Callbacks(onNotification, onGap, onConnection, onError)));
    }

    private static Duration positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + ": must be a positive duration, was " + value);
        }
        return value;
    }
}
